package dev.pms.task;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A partial change at a known version. A null field stays as it is; for the clearable fields an empty
 * Optional clears the value (JSON {@code null}) and an absent one (null) keeps it.
 */
public record UpdateTaskCommand(int version, UUID projectId, String title, String description, TaskStatus status,
                                Priority priority, Optional<UUID> assigneeId, Optional<LocalDate> dueDate,
                                Optional<UUID> parentId) {

    /** A change that keeps the task's parent: the pages' forms and fields edit the parent elsewhere. */
    public UpdateTaskCommand(int version, UUID projectId, String title, String description, TaskStatus status,
                             Priority priority, Optional<UUID> assigneeId, Optional<LocalDate> dueDate) {
        this(version, projectId, title, description, status, priority, assigneeId, dueDate, null);
    }
}
