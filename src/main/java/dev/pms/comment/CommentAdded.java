package dev.pms.comment;

import java.util.Set;
import java.util.UUID;

/**
 * Someone commented on a task, published inside the comment's transaction; {@code mentionedUserIds} holds only
 * members of the workspace (a mention of anyone else is plain text and notifies nobody).
 */
public record CommentAdded(UUID workspaceId, UUID taskId, UUID commentId, UUID authorId, Set<UUID> mentionedUserIds) {
}
