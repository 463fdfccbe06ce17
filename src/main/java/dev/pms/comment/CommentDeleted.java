package dev.pms.comment;

import java.util.UUID;

/** A comment was deleted by {@code actorId} (its author, an admin or the owner), inside the deletion's transaction. */
public record CommentDeleted(UUID workspaceId, UUID taskId, UUID commentId, UUID actorId) {
}
