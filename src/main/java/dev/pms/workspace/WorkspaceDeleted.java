package dev.pms.workspace;

import java.util.UUID;

/** A workspace was deleted with everything in it. */
public record WorkspaceDeleted(UUID workspaceId, UUID actorId, String name) {
}
