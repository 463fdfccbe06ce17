package dev.pms.notification.api;

import dev.pms.notification.Notification;
import dev.pms.notification.NotificationKind;

import java.time.Instant;
import java.util.UUID;

/** A notification as JSON: {@code link} is the task page's path (with #comment-id for a mention or a comment), {@code text} in words. */
record NotificationResponse(UUID id, UUID workspaceId, String workspaceName, NotificationKind kind, UUID taskId, String taskKey, String taskTitle,
                            UUID commentId, UUID actorId, String actorName, String detail, String text, String link, Instant at,
                            Instant readAt) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.id(), n.workspaceId(), n.workspaceName(), n.kind(), n.taskId(), n.taskKey(), n.taskTitle(),
                n.commentId(), n.actorId(), n.actorName(), n.detail(), n.sentence(), n.href(), n.at(), n.readAt());
    }
}
