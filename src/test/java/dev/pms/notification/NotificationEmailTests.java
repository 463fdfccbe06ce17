package dev.pms.notification;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.pms.support.Api;
import dev.pms.support.OutsideServicesTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notification emails through a real SMTP server (GreenMail, on a free loopback port): sent by the job queue once
 * the batching window has passed, one per person and task, retried while the server is down, and stopped by the
 * unsubscribe link.
 */
class NotificationEmailTests extends OutsideServicesTest {
    private static final String SITE = "http://pms.test";
    private static final Pattern TASK_LINK = Pattern.compile("Open the task: " + Pattern.quote(SITE) + "(\\S+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile(Pattern.quote(SITE) + "(/unsubscribe\\S+)");

    Team team;
    Api owner;
    Api member;

    @BeforeEach
    void team() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        team = Team.create(port);
        owner = team.owner();
        member = team.get(Seat.MEMBER);
    }

    @Test
    void anAssignmentSendsOneEmailToTheAssigneeWithALinkThatOpensTheTask() throws Exception {
        String task = team.task(owner, "Write the launch post");
        owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));

        MimeMessage email = onlyEmailAfterJobs();
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(member.email());
        assertThat(email.getSubject()).isEqualTo("[PMS] WEB-1 Write the launch post: Olivia Owner assigned this task to you");
        String link = find(TASK_LINK, GreenMailUtil.getBody(email));
        assertThat(link).isEqualTo("/w/" + team.workspaceId + "/tasks/" + task);
        Response page = member.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Write the launch post");
    }

    @Test
    void fiftyChangesToOneTaskWithinTheWindowMakeOneEmail() throws Exception {
        String task = owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Busy task",
                "assigneeId", member.userId())).get("id");
        List<String> statuses = List.of("IN_PROGRESS", "TODO");
        for (int version = 0; version < 49; version++) {
            Response moved = owner.post(team.path("/tasks/" + task + "/move"), Map.of("version", version, "status", statuses.get(version % 2)));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        assertThat(NotificationTests.unread(member)).isEqualTo(50);
        assertThat(jdbc.sql("select count(*) from jobs where kind = 'notification-email' and status = 'QUEUED' and attempts = 0")
                .query(Long.class).single()).as("one job, waiting for the window to pass").isEqualTo(1);

        MimeMessage email = onlyEmailAfterJobs();
        assertThat(email.getSubject()).isEqualTo("[PMS] WEB-1 Busy task: 50 updates");
        String body = GreenMailUtil.getBody(email);
        assertThat(body).contains("Olivia Owner assigned this task to you", "and 30 more");
    }

    @Test
    void anSmtpServerThatIsDownDelaysTheEmailAndItIsRetriedWhileRequestsSucceed() throws Exception {
        smtp.stop();
        String task = team.task(owner, "Sent later");
        assertThat(owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId())).status()).isEqualTo(200);
        assertThat(NotificationTests.unread(member)).isEqualTo(1);

        windowPasses();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from jobs where kind = 'notification-email' and status = 'QUEUED' and attempts >= 1 and last_error is not null""")
                .query(Long.class).single() == 1);
        restartSmtp();

        MimeMessage email = onlyEmailAfterJobs();
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(member.email());
        assertThat(NotificationTests.unread(member)).isEqualTo(1);
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSigningInAndOnlyForItsPerson() throws Exception {
        String task = team.task(owner, "First");
        owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
        String unsubscribe = find(UNSUBSCRIBE, GreenMailUtil.getBody(onlyEmailAfterJobs()));

        Api stranger = anonymous();
        Response confirm = stranger.get(unsubscribe);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Stop all notification emails");
        String tag = unsubscribe.replaceAll(".*[?&]t=([^&]+).*", "$1");
        // the member's tag does not unsubscribe the owner
        Response forged = stranger.sendRaw("POST", "/unsubscribe", "u=" + owner.userId() + "&t=" + tag, "application/x-www-form-urlencoded");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body()).contains("This unsubscribe link is not valid");
        Response done = stranger.sendRaw("POST", "/unsubscribe", "u=" + member.userId() + "&t=" + tag, "application/x-www-form-urlencoded");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("PMS sends you no more notification emails");
        assertThat(member.get("/api/v1/me/notification-settings").get("email")).isEqualTo("NONE");
        assertThat(owner.get("/api/v1/me/notification-settings").get("email")).isEqualTo("ALL");

        smtp.purgeEmailFromAllMailboxes();
        String second = team.task(member, "Second");
        member.patch(team.path("/tasks/" + second), Map.of("version", 0, "assigneeId", owner.userId()));
        owner.patch(team.path("/tasks/" + task), Map.of("version", 1, "assigneeId", owner.userId()));
        owner.patch(team.path("/tasks/" + task), Map.of("version", 2, "assigneeId", member.userId()));
        // the owner still gets email, the member only the inbox
        MimeMessage toOwner = onlyEmailAfterJobs();
        assertThat(toOwner.getAllRecipients()[0].toString()).isEqualTo(owner.email());
        assertThat(NotificationTests.unread(member)).isEqualTo(2);
    }

    @Test
    void mentionsAndAssignmentsOnlyLeavesOutTheNewsOfWatchedTasks() throws Exception {
        assertThat(member.send("PUT", "/api/v1/me/notification-settings", Map.of("email", "DIRECT")).status()).isEqualTo(200);
        String watched = team.task(member, "Watched");
        owner.post(team.path("/tasks/" + watched + "/move"), Map.of("version", 0, "status", "DONE"));
        String assigned = team.task(owner, "Assigned");
        owner.patch(team.path("/tasks/" + assigned), Map.of("version", 0, "assigneeId", member.userId()));

        MimeMessage email = onlyEmailAfterJobs();
        assertThat(email.getSubject()).isEqualTo("[PMS] WEB-2 Assigned: Olivia Owner assigned this task to you");
        assertThat(NotificationTests.unread(member)).isEqualTo(2);
    }

    /** The batching window of every queued email ends now. */
    private void windowPasses() {
        jdbc.sql("update jobs set run_after = clock_timestamp() where kind = 'notification-email' and status = 'QUEUED' and attempts = 0")
                .update();
    }

    /** Lets the window pass, waits until no email job is open, then expects exactly one email. */
    private MimeMessage onlyEmailAfterJobs() {
        windowPasses();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql("""
                select count(*) from jobs where kind = 'notification-email' and status in ('QUEUED', 'RUNNING')""")
                .query(Long.class).single() == 0 && smtp.getReceivedMessages().length > 0);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
