package dev.pms.task;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A partial change at a known version. A null field stays as it is; for the clearable fields an empty
 * Optional clears the value (JSON {@code null}) and an absent one (null) keeps it. {@code stateId} sets the state
 * and with it the status (its category); a status alone puts the task into the first state of that category.
 */
public record UpdateTaskCommand(int version, UUID projectId, String title, String description, TaskStatus status,
                                Priority priority, Optional<UUID> assigneeId, Optional<LocalDate> dueDate, UUID stateId,
                                Optional<UUID> parentId) {

    /** A change that keeps the task's state and parent as they are unless its status or project moves it. */
    public UpdateTaskCommand(int version, UUID projectId, String title, String description, TaskStatus status,
                             Priority priority, Optional<UUID> assigneeId, Optional<LocalDate> dueDate) {
        this(version, projectId, title, description, status, priority, assigneeId, dueDate, null, null);
    }
}
