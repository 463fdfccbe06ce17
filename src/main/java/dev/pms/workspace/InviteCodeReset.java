package dev.pms.workspace;

import java.util.UUID;

/** The shared invite link was replaced; the old one stops working. Carries no code: codes are secrets. */
public record InviteCodeReset(UUID workspaceId, UUID actorId) {
}
