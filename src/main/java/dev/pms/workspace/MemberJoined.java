package dev.pms.workspace;

import java.util.UUID;

/** Someone became a member (not published when they already were one). */
public record MemberJoined(UUID workspaceId, UUID userId, Role role) {
}
