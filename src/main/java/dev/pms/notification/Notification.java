package dev.pms.notification;

import java.time.Instant;
import java.util.UUID;

/** One entry of a person's inbox, with the names it shows: the workspace, the task's key and title, and who acted. */
public record Notification(UUID id, UUID workspaceId, String workspaceName, NotificationKind kind, UUID taskId,
                           String taskKey, String taskTitle, UUID commentId, UUID actorId, String actorName, String detail, Instant at,
                           Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The task as people name it: its key, then its title (WEB-12 Landing page). */
    public String taskName() {
        return taskKey == null ? taskTitle : taskKey + " " + taskTitle;
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
