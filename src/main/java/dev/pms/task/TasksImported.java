package dev.pms.task;

import java.util.UUID;

/**
 * An import's COPY stored {@code rows} tasks, all carrying {@code importId}; published inside the import's one
 * transaction. One event per import, never one per task: listeners record it once and stay at COPY speed.
 */
public record TasksImported(UUID workspaceId, UUID actorId, UUID importId, long rows) {
}
