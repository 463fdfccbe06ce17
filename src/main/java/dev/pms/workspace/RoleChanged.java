package dev.pms.workspace;

import java.util.UUID;

/** A member's role changed, by a manager of members or by a transfer of ownership. */
public record RoleChanged(UUID workspaceId, UUID actorId, UUID userId, Role from, Role to) {
}
