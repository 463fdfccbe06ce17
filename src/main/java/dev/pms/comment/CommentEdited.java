package dev.pms.comment;

import java.util.Set;
import java.util.UUID;

/**
 * Its author edited a comment, published inside the edit's transaction; {@code newlyMentionedUserIds} holds the
 * members the new text mentions and the old one did not (the author left out).
 */
public record CommentEdited(UUID workspaceId, UUID taskId, UUID commentId, UUID authorId, Set<UUID> newlyMentionedUserIds) {
}
