package dev.pms.workspace;

import java.time.Instant;
import java.util.UUID;

/** An invite by email was sent; publish it where invites are made. Carries no link or code: they are secrets. */
public record InviteCreated(UUID workspaceId, UUID actorId, UUID inviteId, String email, Role role, Instant expiresAt) {
}
