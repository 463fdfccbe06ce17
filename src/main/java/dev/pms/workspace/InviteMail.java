package dev.pms.workspace;

import dev.pms.platform.mail.Outbox;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The invite email: the workspace, the role, the link and until when it works. */
@Component
class InviteMail {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Outbox outbox;

    InviteMail(Outbox outbox) {
        this.outbox = outbox;
    }

    boolean enabled() {
        return outbox.enabled();
    }

    /** Whether the email went out: false without SMTP, and then the admin copies the link from the members page. */
    boolean send(Invite invite, String workspaceName, String siteUrl) {
        String subject = "You are invited to " + workspaceName.replaceAll("\\p{Cntrl}", " ") + " on PMS";
        return outbox.send(invite.email(), subject, """
                You have been invited to join the workspace "%s" on PMS as %s.

                Open this link to join (sign up or sign in with this email address, %s):
                %s%s

                The link works once, only for this email address, until %s.
                """.formatted(workspaceName, invite.role().label(), invite.email(), siteUrl, invite.path(),
                UNTIL.format(invite.expiresAt())));
    }
}
