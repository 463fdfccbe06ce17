package dev.pms.notification;

import dev.pms.platform.db.ClusterOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Once a day, tells each assignee of an open task due tomorrow. Every node schedules it and one runs it
 * ({@link ClusterOnce}); a task already reminded of is skipped, so a second run the same day writes nothing.
 */
@Component
class DueReminders {
    private static final Logger log = LoggerFactory.getLogger(DueReminders.class);
    private static final Duration PERIOD = Duration.ofHours(20);
    private final ClusterOnce once;
    private final NotificationRepository notifications;
    private final Notifier notifier;

    DueReminders(ClusterOnce once, NotificationRepository notifications, Notifier notifier) {
        this.once = once;
        this.notifications = notifications;
        this.notifier = notifier;
    }

    @Scheduled(cron = "${pms.notifications.due-reminder-cron}", zone = "UTC")
    void daily() {
        try {
            once.run("notification-due-tomorrow", PERIOD, this::remind);
        } catch (RuntimeException e) {
            log.warn("Due-tomorrow reminders not written this time: {}", e.getMessage());
        }
    }

    /** Writes the reminders in the caller's transaction; returns how many. */
    int remind() {
        List<NotificationRepository.DueTask> due = notifications.dueTomorrow();
        due.forEach(t -> notifier.tell(t.workspaceId(), t.taskId(), null, null,
                List.of(new Notifier.Addressed(t.assigneeId(), NotificationKind.DUE_TOMORROW, "due " + t.dueDate()))));
        return due.size();
    }
}
