package dev.pms.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A PMS that sends email, to a stand-in SMTP server (GreenMail) on a free loopback port, started once per test JVM and
 * left running. (Sentry's test keeps a context of its own: its error appender hangs on the root logger, which the start
 * of any later context resets.) The batching window of emails is long here, so that a slow machine makes its changes well within
 * it; a test lets it pass by making the queued email jobs due at once, as the clock would. The export cap is the
 * production one of two per person (the other tests allow 16), with a short wait for a turn: ExportCapTests tests it
 * here rather than in a context of its own, and the other tests here export nothing.
 */
@OwnSettings
@TestPropertySource(properties = {
        "pms.notifications.email-window=10m",
        "pms.notifications.site-url=http://pms.test",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.starttls.enable=false",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000",
        "pms.export.per-user=2",
        "pms.export.per-user-wait=5s"})
public abstract class OutsideServicesTest extends IntegrationTest {
    /** Where the emails go; a test may stop it and start it again on the same port ({@link #restartSmtp()}). */
    protected static GreenMail smtp = startSmtp(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    private static final int SMTP_PORT = smtp.getSmtp().getPort();

    @DynamicPropertySource
    static void outside(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** The SMTP server again, on the port PMS was given, after a test stopped it. */
    protected static void restartSmtp() {
        smtp = startSmtp(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static GreenMail startSmtp(ServerSetup setup) {
        GreenMail mail = new GreenMail(setup);
        mail.start();
        return mail;
    }
}
