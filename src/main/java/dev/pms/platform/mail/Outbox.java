package dev.pms.platform.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends PMS's few emails (invites, sign-up notices) when SMTP is configured ({@code spring.mail.host},
 * see application.properties); without it nothing is sent and a log line says so. A failed send is logged,
 * never thrown: the request that asked for the email has done its work already. Emails that must not be lost
 * (notifications) go through the job queue instead, which calls {@link #sendNow} and retries.
 */
@Component
public class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;

    Outbox(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Whether emails can go out at all: pages show an invite link to copy when they cannot. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Hands a plain-text email to the SMTP server on a thread of its own, so that neither a slow server nor the
     * time it takes can be seen in the response of the request that sent it; false when no SMTP is configured.
     */
    public boolean send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No SMTP server is configured (spring.mail.host): the email \"{}\" was not sent", subject);
            return false;
        }
        SimpleMailMessage message = message(to, subject, text);
        Thread.ofVirtual().name("mail").start(() -> deliver(mail, message));
        return true;
    }

    /**
     * Sends now, on the caller's thread, and throws when the server cannot be reached or refuses: for the job
     * queue, which retries with backoff. False when no SMTP is configured.
     */
    public boolean sendNow(String to, String subject, String text) throws MailException {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        mail.send(message(to, subject, text));
        return true;
    }

    private SimpleMailMessage message(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    private static void deliver(JavaMailSender mail, SimpleMailMessage message) {
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("The email \"{}\" could not be sent: {}", message.getSubject(), e.getMessage());
        }
    }
}
