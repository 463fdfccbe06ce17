package dev.pms.task;

/** The board's columns, in board order. */
public enum TaskStatus {
    BACKLOG, TODO, IN_PROGRESS, IN_REVIEW, DONE
}
