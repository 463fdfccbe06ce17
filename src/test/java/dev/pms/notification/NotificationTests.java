package dev.pms.notification;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is told of what, through the API and the events the task and comment modules publish, on the real database. */
class NotificationTests extends IntegrationTest {
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DueReminders dueReminders;

    Team team;
    Api owner;
    Api member;
    Api viewer;

    @BeforeEach
    void team() {
        team = Team.create(port);
        owner = team.owner();
        member = team.get(Seat.MEMBER);
        viewer = team.get(Seat.VIEWER);
    }

    @Test
    void anAssignmentTellsTheAssigneeAndNobodyElse() {
        String task = team.task(owner, "Write the copy");
        assertThat(owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId())).status()).isEqualTo(200);

        List<JsonNode> inbox = inbox(member);
        assertThat(inbox).hasSize(1);
        JsonNode n = inbox.getFirst();
        assertThat(n.get("kind").asString()).isEqualTo("ASSIGNED");
        assertThat(n.get("taskId").asString()).isEqualTo(task);
        assertThat(n.get("taskKey").asString()).isEqualTo("WEB-1");
        assertThat(n.get("actorName").asString()).isEqualTo("Olivia Owner");
        assertThat(n.get("link").asString()).isEqualTo("/w/" + team.workspaceId + "/tasks/" + task);
        assertThat(n.get("text").asString()).isEqualTo("Olivia Owner assigned this task to you");
        assertThat(unread(member)).isEqualTo(1);
        assertThat(inbox(owner)).isEmpty();
    }

    @Test
    void nobodyIsToldOfTheirOwnActions() {
        String task = team.task(member, "Mine");
        member.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
        member.post(team.path("/tasks/" + task + "/move"), Map.of("version", 1, "status", "DONE"));
        CommentEvents.comment(member, team.workspaceId, task, member);
        assertThat(inbox(member)).isEmpty();
    }

    @Test
    void aStatusChangeTellsTheWatchersButNotWhoChangedIt() {
        String task = team.task(owner, "Ship it");
        assertThat(viewer.send("PUT", team.path("/tasks/" + task + "/watchers/me"), null).status()).isEqualTo(204);
        member.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "IN_PROGRESS"));

        for (Api watcher : List.of(owner, viewer)) {
            List<JsonNode> inbox = inbox(watcher);
            assertThat(inbox).hasSize(1);
            assertThat(inbox.getFirst().get("kind").asString()).isEqualTo("STATUS_CHANGED");
            assertThat(inbox.getFirst().get("text").asString()).isEqualTo("Member Person changed the status: To do → In progress");
        }
        assertThat(inbox(member)).isEmpty();
    }

    @Test
    void aMoveBetweenTwoStatesOfOneCategoryTellsTheWatchersAsAStatusChangeDoes() {
        String ready = team.state("Ready", "IN_REVIEW");
        String verified = team.state("Verified", "IN_REVIEW");
        String task = owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Check the fix",
                "status", "IN_REVIEW")).get("id");
        owner.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "IN_REVIEW", "stateId", ready));
        assertThat(viewer.send("PUT", team.path("/tasks/" + task + "/watchers/me"), null).status()).isEqualTo(204);
        member.post(team.path("/tasks/" + task + "/move"), Map.of("version", 1, "status", "IN_REVIEW", "stateId", verified));

        List<JsonNode> inbox = inbox(viewer);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.getFirst().get("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(inbox.getFirst().get("text").asString()).isEqualTo("Member Person changed the status: Ready → Verified");
        assertThat(inbox(owner)).extracting(n -> n.get("text").asString())
                .containsExactly("Member Person changed the status: Ready → Verified");
    }

    @Test
    void aCommentTellsTheMentionedAndTheWatchersOnceEachAndLinksToTheComment() {
        String task = team.task(owner, "Discuss");
        UUID comment = CommentEvents.comment(member, team.workspaceId, task, viewer, owner);

        JsonNode toViewer = inbox(viewer).getFirst();
        assertThat(toViewer.get("kind").asString()).isEqualTo("MENTIONED");
        assertThat(toViewer.get("link").asString()).isEqualTo("/w/" + team.workspaceId + "/tasks/" + task + "#comment-" + comment);
        // the owner watches as creator and is mentioned: one notification, the mention
        assertThat(inbox(owner)).extracting(n -> n.get("kind").asString()).containsExactly("MENTIONED");
        assertThat(inbox(member)).isEmpty();

        // the author and the mentioned now watch: the next comment, by the owner, tells both
        CommentEvents.comment(owner, team.workspaceId, task);
        assertThat(inbox(member)).extracting(n -> n.get("kind").asString()).containsExactly("COMMENTED");
        assertThat(inbox(viewer)).extracting(n -> n.get("kind").asString()).containsExactly("COMMENTED", "MENTIONED");
        assertThat(watcherIds(task)).containsExactlyInAnyOrder(owner.userId(), member.userId(), viewer.userId());
    }

    @Test
    void anEditTellsOnlyTheMembersItNewlyMentions() {
        String task = team.task(owner, "Edited talk");
        Api admin = team.get(Seat.ADMIN);
        UUID comment = CommentEvents.comment(member, team.workspaceId, task, viewer);
        assertThat(inbox(viewer)).extracting(n -> n.get("kind").asString()).containsExactly("MENTIONED");
        List<JsonNode> ownerBefore = inbox(owner);

        Response edited = member.patch(team.path("/tasks/" + task + "/comments/" + comment), Map.of("body",
                "Now with @" + viewer.email() + ", @" + admin.email() + ", @" + member.email() + " and @nobody@example.com"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        List<JsonNode> toAdmin = inbox(admin);
        assertThat(toAdmin).extracting(n -> n.get("kind").asString()).containsExactly("MENTIONED");
        assertThat(toAdmin.getFirst().get("link").asString()).endsWith("#comment-" + comment);
        assertThat(inbox(viewer)).hasSize(1); // mentioned before the edit: not told again
        assertThat(inbox(member)).isEmpty(); // the author, even when mentioning themselves
        assertThat(inbox(owner)).hasSameSizeAs(ownerBefore); // a watcher: an edit is not a new comment
        assertThat(watcherIds(task)).contains(admin.userId());

        member.patch(team.path("/tasks/" + task + "/comments/" + comment), Map.of("body", "Still @" + admin.email()));
        assertThat(inbox(admin)).hasSize(1);
    }

    @Test
    void anUnwatchByHandStopsStatusNewsAndSurvivesAutomaticWatching() {
        String task = team.task(owner, "Quiet");
        assertThat(owner.delete(team.path("/tasks/" + task + "/watchers/me")).status()).isEqualTo(204);
        CommentEvents.comment(member, team.workspaceId, task);
        member.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "DONE"));
        assertThat(inbox(owner)).isEmpty();
        assertThat(watcherIds(task)).containsExactly(member.userId());

        // a mention is addressed to the person, watching or not
        CommentEvents.comment(member, team.workspaceId, task, owner);
        assertThat(inbox(owner)).extracting(n -> n.get("kind").asString()).containsExactly("MENTIONED");
    }

    @Test
    void watchersAreReadByAnyoneWhoReadsTheTaskAndHiddenFromOthers() {
        String task = team.task(owner, "Visible");
        assertThat(viewer.get(team.path("/tasks/" + task + "/watchers")).status()).isEqualTo(200);
        Api outsider = team.get(Seat.OUTSIDER);
        assertThat(outsider.get(team.path("/tasks/" + task + "/watchers")).status()).isEqualTo(404);
        assertThat(outsider.send("PUT", team.path("/tasks/" + task + "/watchers/me"), null).status()).isEqualTo(404);
        assertThat(owner.get(team.path("/tasks/" + UUID.randomUUID() + "/watchers")).status()).isEqualTo(404);
    }

    @Test
    void markingReadOneAndAllClearsTheCount() {
        for (int i = 0; i < 3; i++) {
            String task = team.task(owner, "T" + i);
            owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
        }
        assertThat(unread(member)).isEqualTo(3);
        String first = inbox(member).getFirst().get("id").asString();
        assertThat(member.post("/api/v1/me/notifications/" + first + "/read", null).status()).isEqualTo(200);
        assertThat(unread(member)).isEqualTo(2);
        assertThat(member.get("/api/v1/me/notifications?unread=true").json().get("items")).hasSize(2);
        // someone else's notification is not there for them
        assertThat(owner.post("/api/v1/me/notifications/" + first + "/read", null).status()).isEqualTo(404);
        assertThat(member.post("/api/v1/me/notifications/read", null).get("marked")).isEqualTo("2");
        assertThat(unread(member)).isZero();
    }

    @Test
    void theInboxIsPagedByKeysetNewestFirst() {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String task = team.task(owner, "Paged " + i);
            owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
            tasks.add(task);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = member.get("/api/v1/me/notifications?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.json().get("items").forEach(n -> seen.add(n.get("taskId").asString()));
            cursor = page.json().get("nextCursor").isNull() ? null : page.get("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(tasks.reversed());
        assertThat(member.get("/api/v1/me/notifications?cursor=nonsense").status()).isEqualTo(400);
    }

    @Test
    void someoneWhoLeavesKeepsNothingOfTheWorkspace() {
        String task = team.task(owner, "Before leaving");
        owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
        assertThat(member.post(team.path("/leave"), null).status()).isEqualTo(204);
        assertThat(inbox(member)).isEmpty();
        assertThat(watcherIds(task)).doesNotContain(member.userId());
    }

    @Test
    void theDailyRunRemindsAssigneesOfOpenTasksDueTomorrowOnce() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        String due = taskDue("Due tomorrow", tomorrow, "TODO");
        taskDue("Done already", tomorrow, "DONE");
        taskDue("Due later", LocalDate.now().plusDays(2).toString(), "TODO");

        assertThat(remind()).isEqualTo(1);
        assertThat(remind()).isZero();
        List<JsonNode> inbox = inbox(member);
        assertThat(inbox).extracting(n -> n.get("kind").asString())
                .containsExactly("DUE_TOMORROW", "ASSIGNED", "ASSIGNED", "ASSIGNED"); // newest first
        assertThat(inbox.getFirst().get("kind").asString()).isEqualTo("DUE_TOMORROW");
        assertThat(inbox.getFirst().get("taskId").asString()).isEqualTo(due);
        assertThat(inbox.getFirst().get("text").asString()).isEqualTo("Due tomorrow: due " + tomorrow);
    }

    @Test
    void deletedTasksLeaveNothingInTheInbox() {
        String deleted = team.task(owner, "Deleted");
        String inDeletedProject = team.task(owner, "In a deleted project");
        String kept = team.task(owner, "Kept");
        for (String task : List.of(deleted, inDeletedProject, kept)) {
            owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
        }
        String other = owner.post(team.path("/projects"), Map.of("name", "Doomed")).get("id");
        owner.patch(team.path("/tasks/" + inDeletedProject), Map.of("version", 1, "projectId", other));
        assertThat(unread(member)).isEqualTo(3);

        assertThat(owner.delete(team.path("/tasks/" + deleted)).status()).isEqualTo(204);
        assertThat(owner.delete(team.path("/projects/" + other)).status()).isEqualTo(204);
        assertThat(unread(member)).isEqualTo(1);
        assertThat(inbox(member)).extracting(n -> n.get("taskId").asString()).containsExactly(kept);
        assertThat(jdbc.sql("select count(*) from watchers where task_id <> cast(:kept as uuid)").param("kept", kept)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theEmailSettingsPageSavesTheChoiceAndRefusesNonsenseInWords() {
        Response page = member.get("/account/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Only mentions, assignments and due dates of my tasks", "sends no emails for now");
        Response saved = member.sendRaw("POST", "/account/notifications", "email=DIRECT", "application/x-www-form-urlencoded");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(member.get("/api/v1/me/notification-settings").get("email")).isEqualTo("DIRECT");
        assertThat(owner.get("/api/v1/me/notification-settings").get("email")).isEqualTo("ALL");

        Response nonsense = member.sendRaw("POST", "/account/notifications", "email=SOMETIMES", "application/x-www-form-urlencoded");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.header("Content-Type")).startsWith("text/html");
        assertThat(member.get("/notifications?cursor=garbage").status()).isEqualTo(400);
        assertThat(member.get("/notifications/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(member.get("/notifications/not-an-id").status()).isIn(400, 404);
        assertThat(anonymous().get("/unsubscribe").status()).isEqualTo(404);
    }

    @Test
    void openingANotificationMarksItReadAndGoesToTheTask() {
        String task = team.task(owner, "Open me");
        owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "assigneeId", member.userId()));
        String id = inbox(member).getFirst().get("id").asString();
        assertThat(member.get("/notifications").body()).contains("Open me", "Olivia Owner assigned this task to you");
        Response open = member.get("/notifications/" + id);
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.header("Location")).endsWith("/w/" + team.workspaceId + "/tasks/" + task);
        assertThat(unread(member)).isZero();
        assertThat(owner.get("/notifications/" + id).status()).isEqualTo(404);
    }

    @Test
    void theApiDocsListTheNotificationAndWatcherEndpoints() {
        JsonNode paths = anonymous().get("/api/docs/openapi.json").json().get("paths");
        for (String path : List.of("/api/v1/me/notifications", "/api/v1/me/notifications/count", "/api/v1/me/notifications/{notificationId}/read",
                "/api/v1/me/notifications/read", "/api/v1/me/notification-settings",
                "/api/v1/workspaces/{workspaceId}/tasks/{taskId}/watchers", "/api/v1/workspaces/{workspaceId}/tasks/{taskId}/watchers/me")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    private String taskDue(String title, String dueDate, String status) {
        return owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", title, "dueDate", dueDate,
                "status", status, "assigneeId", member.userId())).get("id");
    }

    private int remind() {
        return new TransactionTemplate(transactions).execute(s -> dueReminders.remind());
    }

    private List<String> watcherIds(String task) {
        List<String> ids = new ArrayList<>();
        owner.get(team.path("/tasks/" + task + "/watchers")).json().forEach(w -> ids.add(w.get("userId").asString()));
        return ids;
    }

    static List<JsonNode> inbox(Api who) {
        Response r = who.get("/api/v1/me/notifications");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        return items;
    }

    static long unread(Api who) {
        return who.get("/api/v1/me/notifications/count").json().get("unread").asLong();
    }
}
