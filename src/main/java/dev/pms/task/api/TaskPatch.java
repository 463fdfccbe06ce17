package dev.pms.task.api;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The fields a PATCH body and a bulk edit share. A class with setters rather than a record, because a record cannot
 * tell an absent field (keep the value, the setter is never called, the field stays null) from an explicit JSON null
 * (clear it: the setter is called with null, which becomes an empty Optional).
 */
abstract class TaskPatch {
    TaskStatus status;
    Priority priority;
    Optional<UUID> assigneeId;
    Optional<LocalDate> dueDate;

    /** What a clearable field's setter keeps: an explicit JSON null is an empty Optional, "clear it". */
    static <T> Optional<T> clearable(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public void setAssigneeId(Optional<UUID> assigneeId) {
        this.assigneeId = clearable(assigneeId);
    }

    public void setDueDate(Optional<LocalDate> dueDate) {
        this.dueDate = clearable(dueDate);
    }
}
