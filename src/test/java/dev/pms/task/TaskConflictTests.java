package dev.pms.task;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people change one task: drops and stale forms resolve instead of failing, and a real clash asks the person. */
class TaskConflictTests extends IntegrationTest {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    private Team team;
    private Api owner;
    private Api member;

    @BeforeEach
    void team() {
        team = Team.create(port);
        owner = team.owner();
        member = team.get(Team.Seat.MEMBER);
    }

    private Response drop(Api who, String task, int version, String status) {
        return who.post(team.path("/tasks/moves"), Map.of("moves", List.of(
                Map.of("taskId", task, "version", version, "status", status, "projectId", team.projectId))));
    }

    @Test
    void aDropOnAnOlderVersionAppliesToTheTaskAsItIsNow() {
        String task = team.task(owner, "Ship it");
        member.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "IN_PROGRESS"));
        member.patch(team.path("/tasks/" + task), Map.of("version", 1, "title", "Ship it today"));
        Response late = drop(owner, task, 0, "DONE");
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        Response now = owner.get(team.path("/tasks/" + task));
        assertThat(now.get("status")).isEqualTo("DONE");
        assertThat(now.get("title")).isEqualTo("Ship it today");
        assertThat(now.json().get("version").asInt()).isEqualTo(3);
    }

    @Test
    void aCardMovedToAnotherProjectMeanwhileStaysThereWithAMessageNamingItAndWhoMovedIt() {
        String task = team.task(owner, "Renew the certificate");
        String other = owner.post(team.path("/projects"), Map.of("name", "Operations")).get("id");
        member.patch(team.path("/tasks/" + task), Map.of("version", 0, "projectId", other));
        Response late = drop(owner, task, 0, "DONE");
        assertThat(late.status()).isEqualTo(409);
        String detail = late.get("detail");
        assertThat(detail).contains("'Renew the certificate'").contains("Member Person");
        assertThat(UUID_TEXT.matcher(detail).find()).isFalse();
        Response now = owner.get(team.path("/tasks/" + task));
        assertThat(now.get("projectId")).isEqualTo(other);
        assertThat(now.get("status")).isEqualTo("TODO");
    }

    @Test
    void aStaleFormThatChangedAnotherFieldSaves() {
        String task = team.task(owner, "Write the docs");
        String form = page(owner, task);
        member.patch(team.path("/tasks/" + task), Map.of("version", 0, "title", "Write the user docs", "priority", "HIGH"));
        Response saved = post(owner, task, form, "Write the docs", "Cover the API too", List.of());
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Response now = owner.get(team.path("/tasks/" + task));
        assertThat(now.get("title")).isEqualTo("Write the user docs");
        assertThat(now.get("priority")).isEqualTo("HIGH");
        assertThat(now.get("description")).isEqualTo("Cover the API too");
    }

    @Test
    void aStaleFormThatChangedTheSameFieldShowsTheirsAndYoursAndKeepsEither() {
        String task = team.task(owner, "Plan the offsite");
        String form = page(owner, task);
        member.patch(team.path("/tasks/" + task), Map.of("version", 0, "title", "Plan the offsite in May"));
        Response clash = post(owner, task, form, "Plan the team offsite", "Book the venue", List.of());
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body()).contains("Member Person changed the title of 'Plan the offsite in May'")
                .contains("value=\"Plan the team offsite\"").contains(">Book the venue</textarea>")
                .contains("class=\"theirs\" data-field=\"TITLE\">Plan the offsite in May<");
        assertThat(UUID_TEXT.matcher(clash.body().replaceAll("(href|action|value|data-[a-z]+)=\"[^\"]*\"", "")).find()).isFalse();

        Response keptTheirs = post(owner, task, clash.body(), "Plan the team offsite", "Book the venue", List.of("TITLE"));
        assertThat(keptTheirs.status()).as(keptTheirs.body()).isEqualTo(302);
        Response now = owner.get(team.path("/tasks/" + task));
        assertThat(now.get("title")).isEqualTo("Plan the offsite in May");
        assertThat(now.get("description")).isEqualTo("Book the venue");
    }

    @Test
    void keepingYoursAfterAClashSavesYourValue() {
        String task = team.task(owner, "Order laptops");
        String form = page(owner, task);
        member.patch(team.path("/tasks/" + task), Map.of("version", 0, "title", "Order 5 laptops"));
        Response clash = post(owner, task, form, "Order 6 laptops", "", List.of());
        assertThat(clash.status()).isEqualTo(409);
        assertThat(post(owner, task, clash.body(), "Order 6 laptops", "", List.of()).status()).isEqualTo(302);
        assertThat(owner.get(team.path("/tasks/" + task)).get("title")).isEqualTo("Order 6 laptops");
    }

    @Test
    void aRefusedInlineStatusEditAnswersTheRowAsSaved() {
        String task = team.task(owner, "Triage bugs");
        member.post(team.path("/tasks/" + task + "/move"), Map.of("version", 0, "status", "IN_REVIEW"));
        Response refused = owner.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + task + "/status",
                "version=0&shown=TODO&status=DONE", "application/x-www-form-urlencoded");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("<option value=\"IN_REVIEW\" selected>");
        assertThat(owner.get(team.path("/tasks/" + task)).get("status")).isEqualTo("IN_REVIEW");

        member.patch(team.path("/tasks/" + task), Map.of("version", 1, "title", "Triage the bugs"));
        Response merged = owner.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + task + "/status",
                "version=1&shown=IN_REVIEW&status=DONE", "application/x-www-form-urlencoded");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(owner.get(team.path("/tasks/" + task)).get("status")).isEqualTo("DONE");
    }

    private String page(Api who, String task) {
        Response page = who.get("/w/" + team.workspaceId + "/tasks/" + task);
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    /** Posts the task form as a browser would after editing title and description on {@code form}'s page. */
    private Response post(Api who, String task, String form, String title, String description, List<String> useTheirs) {
        StringBuilder body = new StringBuilder()
                .append("version=").append(hidden(form, "version"))
                .append("&seen=").append(hidden(form, "seen"))
                .append("&projectId=").append(team.projectId)
                .append("&status=TODO&priority=NONE&assigneeId=&dueDate=")
                .append("&title=").append(URLEncoder.encode(title, StandardCharsets.UTF_8))
                .append("&description=").append(URLEncoder.encode(description, StandardCharsets.UTF_8));
        useTheirs.forEach(f -> body.append("&useTheirs=").append(f));
        return who.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + task, body.toString(), "application/x-www-form-urlencoded");
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden %s in the form", name).isTrue();
        return m.group(1);
    }
}
