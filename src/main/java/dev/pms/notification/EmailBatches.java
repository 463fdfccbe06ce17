package dev.pms.notification;

import dev.pms.jobs.JobService;
import dev.pms.platform.mail.Outbox;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * When SMTP is configured, a notification that its person wants by email joins their open email batch for the task;
 * the first one of a batch queues its job to run once the window has passed.
 */
@Component
class EmailBatches {
    private final EmailRepository emails;
    private final JobService jobs;
    private final Outbox outbox;
    private final NotificationProperties properties;

    EmailBatches(EmailRepository emails, JobService jobs, Outbox outbox, NotificationProperties properties) {
        this.emails = emails;
        this.jobs = jobs;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Each person's email setting, read once for all of them; none when PMS sends no email. */
    Map<UUID, EmailLevel> levels(Collection<UUID> userIds) {
        return outbox.enabled() ? emails.levels(userIds) : Map.of();
    }

    /** The batch a notification of {@code kind} joins, or null when it goes to the inbox only. */
    UUID batch(Map<UUID, EmailLevel> levels, UUID workspaceId, UUID userId, UUID taskId, NotificationKind kind) {
        EmailLevel level = levels.get(userId);
        if (level == null || !level.wants(kind)) {
            return null;
        }
        EmailRepository.Batch batch = emails.open(workspaceId, userId, taskId);
        if (batch.opened()) {
            jobs.enqueueAfter(workspaceId, NotificationEmailJob.KIND, batch.id(), properties.emailWindow());
        }
        return batch.id();
    }
}
