package dev.pms.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the log as people read it. {@code actorName} and {@code targetName} are the people's names
 * when actor and target are accounts (null for an unknown account, or a target that is a token, project or import).
 */
public record AuditEntry(UUID id, Instant at, AuditKind kind, UUID actorId, String actorName, String clientAddress,
                         UUID targetId, String targetName, String detail) {
}
