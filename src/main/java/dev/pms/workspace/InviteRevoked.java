package dev.pms.workspace;

import java.util.UUID;

/** An invite by email was withdrawn before it was used; publish it where invites are revoked. */
public record InviteRevoked(UUID workspaceId, UUID actorId, UUID inviteId, String email) {
}
