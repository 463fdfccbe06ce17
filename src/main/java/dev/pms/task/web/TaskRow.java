package dev.pms.task.web;

import dev.pms.task.Priority;
import dev.pms.task.Task;
import dev.pms.task.TaskStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as a table row, a board card, a calendar entry or a my-tasks line, formatted for reading.
 * {@code editable} says whether the viewer may change it inline; {@code statuses} and the picker URL serve those controls.
 * {@code statusLabel} names the task's state in its project (its category when the project has no states).
 * {@code blocked}: an open task blocks it; {@code subtasks} and {@code subtasksDone} count its subtasks.
 */
public record TaskRow(String id, String key, String href, String title, String project, String status, String statusLabel,
                      String priority, String priorityLabel, String assigneeName, String due, boolean overdue, String created,
                      int version, boolean editable, String actionBase, List<Option> statuses, List<Option> labels,
                      boolean blocked, int subtasks, int subtasksDone) {

    /** "3/5 done", or empty for a task without subtasks. */
    public String progress() {
        return progress(subtasksDone, subtasks);
    }

    static String progress(int done, int total) {
        return total == 0 ? "" : done + "/" + total + " done";
    }

    static TaskRow of(Task task, TaskDirectory.Names names, String basePath, boolean editable) {
        return of(task, names, basePath, editable, LocalDate.now());
    }

    static TaskRow of(Task task, TaskDirectory.Names names, String basePath, boolean editable, LocalDate today) {
        boolean overdue = task.dueDate() != null && task.status() != TaskStatus.DONE && task.dueDate().isBefore(today);
        return new TaskRow(task.id().toString(), task.key(), basePath + "/tasks/" + task.id(), task.title(), names.project(task.projectId()),
                task.status().name(), task.stateName() == null ? task.status().label() : task.stateName(), task.priority().name(),
                task.priority() == Priority.NONE ? "" : task.priority().label(),
                names.member(task.assigneeId()), Labels.day(task.dueDate()), overdue,
                Labels.day(task.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()), task.version(), editable,
                basePath + "/tasks/" + task.id(), editable ? TaskDirectory.statuses() : List.of(), names.labels(task),
                task.blocked(), task.subtasksTotal(), task.subtasksDone());
    }

    /** The state's name where it says more than its category's name (a custom state), shown beside the status select. */
    public String stateNote() {
        return statusLabel.equals(TaskStatus.valueOf(status).label()) ? null : statusLabel;
    }
}
