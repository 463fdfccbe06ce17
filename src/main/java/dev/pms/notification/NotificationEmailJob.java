package dev.pms.notification;

import dev.pms.jobs.Job;
import dev.pms.jobs.JobHandler;
import dev.pms.jobs.JobLease;
import dev.pms.platform.mail.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Sends one batch: closes it first (in its own transaction, which waits for any change still adding to it, so
 * that later changes open a new batch), then sends the email, then marks it sent with the job's completion.
 * A send that fails throws, and the queue tries again later with backoff; the inbox has the notifications meanwhile.
 */
@Component
// a node without SMTP does not take these jobs (Spring Boot's mail sender has the same condition)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class NotificationEmailJob implements JobHandler {
    static final String KIND = "notification-email";
    private static final Logger log = LoggerFactory.getLogger(NotificationEmailJob.class);
    private final EmailRepository emails;
    private final NotificationRepository notifications;
    private final EmailSettings settings;
    private final Outbox outbox;
    private final NotificationProperties properties;
    private final TransactionTemplate tx;

    NotificationEmailJob(EmailRepository emails, NotificationRepository notifications, EmailSettings settings, Outbox outbox,
                         NotificationProperties properties, PlatformTransactionManager transactions) {
        this.emails = emails;
        this.notifications = notifications;
        this.settings = settings;
        this.outbox = outbox;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(Job job, JobLease lease) {
        tx.executeWithoutResult(s -> emails.close(job.subjectId()));
        Optional<EmailRepository.Recipient> to = emails.recipient(job.subjectId());
        List<Notification> batch = to.map(r -> notifications.ofBatch(job.subjectId()).stream()
                .filter(n -> r.level().wants(n.kind())).toList()).orElse(List.of());
        lease.ensureHeld();
        if (!batch.isEmpty()) {
            EmailRepository.Recipient r = to.get();
            String text = NotificationMail.text(r.name(), batch, properties.site(), settings.unsubscribePath(r.userId()));
            outbox.sendNow(r.email(), NotificationMail.subject(batch.getFirst(), batch.size()), text);
            log.info("Notification email sent: {} changes of one task in one email", batch.size());
        }
        tx.executeWithoutResult(s -> {
            emails.sent(job.subjectId());
            lease.complete();
        });
    }
}
