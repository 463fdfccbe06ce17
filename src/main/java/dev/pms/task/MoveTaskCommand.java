package dev.pms.task;

import java.util.UUID;

/**
 * Puts a task into a status column right after {@code afterTaskId} (null: at the top), as a drop on
 * the board does. {@code version} is the version the client saw; {@code projectId}, when given, the project whose
 * board the card was dropped on: a task that someone moved to another project meanwhile stays where they put it.
 */
public record MoveTaskCommand(UUID taskId, int version, TaskStatus status, UUID afterTaskId, UUID projectId) {

    public MoveTaskCommand(UUID taskId, int version, TaskStatus status, UUID afterTaskId) {
        this(taskId, version, status, afterTaskId, null);
    }
}
