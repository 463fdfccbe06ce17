package dev.pms.task;

import java.util.UUID;

/**
 * Puts a task into a status column right after {@code afterTaskId} (null: at the top), as a drop on
 * the board does. {@code version} is the version the client saw.
 */
public record MoveTaskCommand(UUID taskId, int version, TaskStatus status, UUID afterTaskId) {
}
