package dev.pms.workspace;

import java.util.UUID;

/** A member was removed, or left by themselves ({@code actorId} equals {@code userId}). */
public record MemberRemoved(UUID workspaceId, UUID actorId, UUID userId) {

    public boolean left() {
        return actorId.equals(userId);
    }
}
