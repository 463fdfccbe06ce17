package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;

/**
 * The Subtasks section of a task's panel: its parent (if any), its subtasks with their progress ("3/5 done", of all of
 * them), the first page of them, and for those who may change tasks the forms to set or clear the parent, add an
 * existing task as a subtask or create a new one. {@code problem} says in words why the last change was refused;
 * {@code saved} that it was saved.
 */
public record TaskSubtasksView(Layout.Csrf csrf, String action, String parentAction, TaskRow parent, String progress,
                               SubtaskRowsView subtasks, boolean editable, String problem, boolean saved) {
}
