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
    void aPanelFieldSavedAfterSomeoneChangedAnotherFieldSaves() {
        String task = team.task(owner, "Write the docs");
        member.patch(team.path("/tasks/" + task), Map.of("version", 0, "title", "Write the user docs", "priority", "HIGH"));
        Response saved = saveField(owner, task, "description", "Cover the API too", "", 0);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved");
        Response now = owner.get(team.path("/tasks/" + task));
        assertThat(now.get("title")).isEqualTo("Write the user docs");
        assertThat(now.get("priority")).isEqualTo("HIGH");
        assertThat(now.get("description")).isEqualTo("Cover the API too");
    }

    @Test
    void aPanelFieldBothChangedShowsTheirsKeepsYoursTypedAndSavesYoursOnTheNextChange() {
        String task = team.task(owner, "Plan the offsite");
        member.patch(team.path("/tasks/" + task), Map.of("version", 0, "title", "Plan the offsite in May"));
        Response clash = saveField(owner, task, "title", "Plan the team offsite", "Plan the offsite", 0);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body()).contains("Member Person changed the title of 'Plan the offsite in May'")
                .contains("Theirs: “Plan the offsite in May”")
                .contains("value=\"Plan the team offsite\"")
                .contains("name=\"was\" value=\"Plan the offsite in May\"");
        assertThat(UUID_TEXT.matcher(clash.body().replaceAll("(href|action|value|data-[a-z-]+|hx-[a-z]+|id)=\"[^\"]*\"", "")).find()).isFalse();
        // theirs is what is saved until this person decides otherwise
        assertThat(owner.get(team.path("/tasks/" + task)).get("title")).isEqualTo("Plan the offsite in May");

        Response keptYours = saveField(owner, task, "title", "Plan the team offsite", "Plan the offsite in May", 1);
        assertThat(keptYours.status()).as(keptYours.body()).isEqualTo(200);
        assertThat(owner.get(team.path("/tasks/" + task)).get("title")).isEqualTo("Plan the team offsite");
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

    /** Saves one field of the task panel as it does on a change: the value, the value it showed, the version it had. */
    private Response saveField(Api who, String task, String field, String value, String was, int version) {
        String body = "field=" + field + "&value=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + "&was=" + URLEncoder.encode(was, StandardCharsets.UTF_8) + "&version=" + version;
        return who.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + task + "/field", body, "application/x-www-form-urlencoded");
    }
}
