package dev.pms.task;

import java.util.UUID;

/**
 * Puts a task into a board column right after {@code afterTaskId} (null: at the top), as a drop on
 * the board does. {@code version} is the version the client saw; {@code projectId}, when given, the project whose
 * board the card was dropped on: a task that someone moved to another project meanwhile stays where they put it.
 * {@code stateId}, when given, is the column's state, whose category then is the status.
 */
public record MoveTaskCommand(UUID taskId, int version, TaskStatus status, UUID afterTaskId, UUID projectId, UUID stateId) {

    public MoveTaskCommand(UUID taskId, int version, TaskStatus status, UUID afterTaskId, UUID projectId) {
        this(taskId, version, status, afterTaskId, projectId, null);
    }

    public MoveTaskCommand(UUID taskId, int version, TaskStatus status, UUID afterTaskId) {
        this(taskId, version, status, afterTaskId, null, null);
    }
}
