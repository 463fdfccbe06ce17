package dev.pms.notification;

import dev.pms.comment.CommentAdded;
import dev.pms.comment.CommentEdited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the people a comment mentions, and the task's other watchers that there is a comment, in the comment's
 * transaction; the author and the mentioned watch the task from then on. An edit tells only the members it newly mentions.
 */
@Component
class CommentNotifications {
    private final WatcherRepository watchers;
    private final Notifier notifier;

    CommentNotifications(WatcherRepository watchers, Notifier notifier) {
        this.watchers = watchers;
        this.notifier = notifier;
    }

    @EventListener
    void added(CommentAdded e) {
        Map<UUID, Notifier.Addressed> to = new LinkedHashMap<>();
        e.mentionedUserIds().forEach(u -> to.put(u, new Notifier.Addressed(u, NotificationKind.MENTIONED, "")));
        watchers.watchers(e.workspaceId(), e.taskId()).forEach(w ->
                to.putIfAbsent(w.userId(), new Notifier.Addressed(w.userId(), NotificationKind.COMMENTED, "")));
        List<UUID> followers = new ArrayList<>(e.mentionedUserIds());
        followers.add(e.authorId());
        watchers.follow(e.workspaceId(), e.taskId(), followers);
        notifier.tell(e.workspaceId(), e.taskId(), e.authorId(), e.commentId(), List.copyOf(to.values()));
    }

    @EventListener
    void edited(CommentEdited e) {
        List<UUID> mentioned = List.copyOf(e.newlyMentionedUserIds());
        if (mentioned.isEmpty()) {
            return;
        }
        watchers.follow(e.workspaceId(), e.taskId(), mentioned);
        notifier.tell(e.workspaceId(), e.taskId(), e.authorId(), e.commentId(),
                mentioned.stream().map(u -> new Notifier.Addressed(u, NotificationKind.MENTIONED, "")).toList());
    }
}
