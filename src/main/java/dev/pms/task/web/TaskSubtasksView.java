package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/**
 * The Subtasks section of a task's panel: its parent (if any), its subtasks with their progress, and for those who may
 * change tasks the forms to set or clear the parent, add an existing task as a subtask or create a new one.
 * {@code problem} says in words why the last change was refused; {@code saved} that it was saved.
 */
public record TaskSubtasksView(Layout.Csrf csrf, String action, String parentAction, TaskRow parent, List<TaskRow> subtasks,
                               boolean editable, String problem, boolean saved) {

    /** "3/5 done". */
    public String progress() {
        long done = subtasks.stream().filter(s -> "DONE".equals(s.status())).count();
        return done + "/" + subtasks.size() + " done";
    }
}
