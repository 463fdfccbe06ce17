package dev.pms.relation;

import java.util.UUID;

/**
 * A link was added ({@code added}) or removed, published inside its transaction: {@code kind} is as seen from
 * {@code taskId}; {@code otherKey} names the other task for the activity of both.
 */
public record TaskLinkChanged(UUID workspaceId, UUID actorId, UUID taskId, String taskKey, LinkKind kind,
                              UUID otherTaskId, String otherKey, boolean added, UUID projectId, UUID otherProjectId) {
}
