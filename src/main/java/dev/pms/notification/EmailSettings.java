package dev.pms.notification;

import dev.pms.platform.mail.Outbox;
import dev.pms.platform.security.ServerSecrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * What a person gets by email, and the unsubscribe link of each email: it carries the person's id signed with a
 * server key, so that it works without signing in and only for that person.
 */
@Service
public class EmailSettings {
    private static final String KEY = "notification-unsubscribe";
    private final EmailRepository emails;
    private final ServerSecrets secrets;
    private final Outbox outbox;

    EmailSettings(EmailRepository emails, ServerSecrets secrets, Outbox outbox) {
        this.emails = emails;
        this.secrets = secrets;
        this.outbox = outbox;
    }

    /** Whether PMS can send emails at all (SMTP configured). */
    public boolean mailEnabled() {
        return outbox.enabled();
    }

    @Transactional(readOnly = true)
    public EmailLevel level(UUID userId) {
        return emails.level(userId);
    }

    @Transactional
    public void setLevel(UUID userId, EmailLevel level) {
        emails.setLevel(userId, level);
    }

    /** The path (after the site URL) that turns this person's emails off. */
    public String unsubscribePath(UUID userId) {
        return "/unsubscribe?u=" + userId + "&t=" + secrets.sign(KEY, userId.toString());
    }

    /** The person a link names, if its signature is good. */
    public Optional<UUID> signedUser(String user, String tag) {
        try {
            UUID userId = UUID.fromString(user == null ? "" : user);
            return secrets.verify(KEY, userId.toString(), tag) ? Optional.of(userId) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Turns emails off for the person a good link names; false for a link that is not good. */
    @Transactional
    public boolean unsubscribe(String user, String tag) {
        Optional<UUID> userId = signedUser(user, tag);
        userId.ifPresent(id -> emails.setLevel(id, EmailLevel.NONE));
        return userId.isPresent();
    }
}
