package dev.pms.task;

/** What deleting a task does with its subtasks: delete them too, or detach them (they become top tasks). */
public enum SubtaskChoice { DELETE, DETACH }
