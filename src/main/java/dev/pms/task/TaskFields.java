package dev.pms.task;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The fields of a task a person edits, as one form showed them or as they are now: what a stale edit is merged on. */
public record TaskFields(UUID projectId, String title, String description, TaskStatus status, Priority priority,
                         UUID assigneeId, LocalDate dueDate) {

    public static TaskFields of(Task task) {
        return new TaskFields(task.projectId(), task.title(), task.description(), task.status(), task.priority(),
                task.assigneeId(), task.dueDate());
    }

    /** These fields with the command's given ones applied, as {@link TaskService#update} applies them. */
    public TaskFields with(UpdateTaskCommand c) {
        return new TaskFields(Objects.requireNonNullElse(c.projectId(), projectId),
                c.title() == null ? title : c.title().strip(), Objects.requireNonNullElse(c.description(), description),
                Objects.requireNonNullElse(c.status(), status), Objects.requireNonNullElse(c.priority(), priority),
                c.assigneeId() == null ? assigneeId : c.assigneeId().orElse(null),
                c.dueDate() == null ? dueDate : c.dueDate().orElse(null));
    }

    /** The value of one field, for comparing and for showing both sides of a conflict. */
    public Object get(TaskChanged.Field field) {
        return switch (field) {
            case TITLE -> title;
            case DESCRIPTION -> description;
            case PROJECT -> projectId;
            case STATUS -> status;
            case PRIORITY -> priority;
            case ASSIGNEE -> assigneeId;
            case DUE_DATE -> dueDate;
            case POSITION, PARENT, STATE -> null; // not fields of the form: a reorder, the Subtasks section, the board's columns
        };
    }
}
