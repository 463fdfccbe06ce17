package dev.pms.notification;

import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/** A person's inbox: their notifications newest first, the unread count, marking read. Each call acts on the caller's own. */
@Service
public class NotificationService {
    private final NotificationRepository notifications;

    NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    public Page<Notification> inbox(UUID userId, boolean unreadOnly, String cursor, int limit) {
        Instant at = null;
        UUID id = null;
        if (cursor != null && !cursor.isBlank()) {
            Cursor c = Cursor.decode(cursor, 2);
            at = c.instant(0);
            id = c.uuid(1);
        }
        return Page.of(notifications.inbox(userId, unreadOnly, at, id, limit + 1), limit, n -> Cursor.of(n.at(), n.id()));
    }

    @Transactional(readOnly = true)
    public long unread(UUID userId) {
        return notifications.unread(userId);
    }

    /** Marks it read and returns it, for the page it links to. */
    @Transactional
    public Notification read(UUID userId, UUID notificationId) {
        if (!notifications.markRead(userId, notificationId)) {
            throw ProblemException.notFound("notification");
        }
        return notifications.get(userId, notificationId).orElseThrow(() -> ProblemException.notFound("notification"));
    }

    @Transactional
    public int readAll(UUID userId) {
        return notifications.markAllRead(userId);
    }
}
