package dev.pms.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored activity row. Values are text: enum names, ISO dates, ids of members and projects. {@code taskId}
 * is null for an import's entry, whose {@code importId} its tasks carry.
 */
record ActivityEntry(UUID id, UUID taskId, UUID actorId, Instant at, ActivityKind kind, String field, String oldValue,
                     String newValue, String via, UUID importId, UUID commentId) {
}
