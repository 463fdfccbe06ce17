package dev.pms.notification;

import java.time.Instant;
import java.util.UUID;

/** One entry of a person's inbox, with the names it shows: the workspace, the task's title and who acted. */
public record Notification(UUID id, UUID workspaceId, String workspaceName, NotificationKind kind, UUID taskId,
                           String taskTitle, UUID commentId, UUID actorId, String actorName, String detail, Instant at,
                           Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public String sentence() {
        return kind.sentence(actorName, detail);
    }

    /** The task's page, at the comment for a mention or a comment. */
    public String href() {
        String task = "/w/" + workspaceId + "/tasks/" + taskId;
        return kind.aboutComment() && commentId != null ? task + "#comment-" + commentId : task;
    }
}
