package dev.pms.notification;

import dev.pms.jobs.JobService;
import dev.pms.platform.Ids;
import dev.pms.platform.mail.Outbox;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes notifications in the caller's transaction, the one home of the rule that nobody is told of their own
 * action. When SMTP is configured and the person wants this kind by email, the notification joins that person's
 * open email batch for the task; the first one of a batch queues its job to run once the window has passed.
 */
@Component
class Notifier {
    private final NotificationRepository notifications;
    private final EmailRepository emails;
    private final JobService jobs;
    private final Outbox outbox;
    private final NotificationProperties properties;

    Notifier(NotificationRepository notifications, EmailRepository emails, JobService jobs, Outbox outbox,
             NotificationProperties properties) {
        this.notifications = notifications;
        this.emails = emails;
        this.jobs = jobs;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Whom to tell and why. */
    record Addressed(UUID userId, NotificationKind kind, String detail) {
    }

    /** About a change that {@code actorId} made (null for a reminder); the actor is left out. */
    void tell(UUID workspaceId, UUID taskId, UUID actorId, UUID commentId, List<Addressed> recipients) {
        List<Addressed> others = recipients.stream().filter(r -> !Objects.equals(r.userId(), actorId)).toList();
        if (others.isEmpty()) {
            return;
        }
        boolean mail = outbox.enabled();
        Map<UUID, EmailLevel> levels = mail ? emails.levels(others.stream().map(Addressed::userId).toList()) : Map.of();
        for (Addressed to : others) {
            UUID batch = mail && levels.get(to.userId()).wants(to.kind()) ? batch(workspaceId, to.userId(), taskId) : null;
            notifications.insert(new NotificationRepository.New(Ids.next(), workspaceId, to.userId(), to.kind(), taskId,
                    commentId, actorId, to.detail(), batch));
        }
    }

    private UUID batch(UUID workspaceId, UUID userId, UUID taskId) {
        EmailRepository.Batch batch = emails.open(workspaceId, userId, taskId);
        if (batch.opened()) {
            jobs.enqueueAfter(workspaceId, NotificationEmailJob.KIND, batch.id(), properties.emailWindow());
        }
        return batch.id();
    }
}
