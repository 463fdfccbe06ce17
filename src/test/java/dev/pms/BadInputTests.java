package dev.pms;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends, the answer is a 4xx problem with a useful detail, and stored data stays as it was. */
class BadInputTests extends IntegrationTest {
    Team team;
    Api owner;
    String taskId;
    String snapshot;

    @BeforeEach
    void aTask() {
        team = Team.create(port);
        owner = team.owner();
        taskId = team.task(owner, "Original");
        snapshot = tasksSnapshot();
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(owner.send("POST", team.path("/tasks"), "{\"projectId\": "), 400, "not well-formed JSON");
    }

    @Test
    void aMissingBodyIs400() {
        assertProblem(owner.sendRaw("POST", team.path("/tasks"), null, null), 400, "JSON body is required");
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        assertProblem(owner.send("PATCH", team.path("/tasks/" + taskId), "{\"version\":\"zero\"}"), 400, "'version'");
        assertProblem(owner.send("POST", team.path("/tasks"), "{\"projectId\":42,\"title\":\"x\"}"), 400, "projectId");
        assertProblem(owner.send("POST", team.path("/tasks"), "[1,2]"), 400, "");
    }

    @Test
    void unknownEnumValuesAre400ListingTheAllowedOnes() {
        assertProblem(owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "status", "DOING")), 400, "IN_PROGRESS");
        assertProblem(owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "priority", "P1")), 400, "URGENT");
        assertProblem(owner.get(team.path("/tasks?sort=random")), 400, "sort");
        assertProblem(owner.get(team.path("/tasks?status=DOING")), 400, "status");
        assertProblem(owner.get(team.path("/tasks/count?dueBefore=2026-13-01")), 400, "dueBefore");
    }

    @Test
    void aTitleOf501CharactersIs400() {
        Response r = owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "x".repeat(501)));
        assertProblem(r, 400, "title");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertProblem(owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "title", "   ")), 400, "title");
    }

    @Test
    void anImpossibleDateIs400() {
        assertProblem(owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "dueDate", "2026-02-30")), 400, "dueDate");
        assertProblem(owner.get(team.path("/calendar?from=2026-02-30&to=2026-03-01")), 400, "from");
    }

    @Test
    void unknownOrForeignIdsAre404() {
        String unknown = "01a22287-0000-7000-8000-000000000000";
        assertProblem(owner.get(team.path("/tasks/" + unknown)), 404, "This task does not exist or was deleted.");
        assertThat(owner.get(team.path("/tasks/" + unknown)).get("detail")).as("names no id").doesNotContain(unknown);
        assertProblem(owner.get(team.path("/tasks/not-a-uuid")), 400, "taskId");
        assertProblem(owner.post(team.path("/tasks"), Map.of("projectId", unknown, "title", "x")), 404, "This project does not exist");
        assertProblem(owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "assigneeId", unknown)), 404, "not a member");
        assertProblem(owner.get("/api/v1/workspaces/" + unknown + "/tasks"), 404, "This workspace does not exist");
        assertProblem(owner.get(team.path("/tasks?cursor=garbage!")), 400, "cursor");
    }

    @Test
    void unknownFieldsAre400() {
        assertProblem(owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "titel", "typo")), 400, "titel");
    }

    @Test
    void aHugeBodyIs413() {
        String big = "{\"projectId\":\"" + team.projectId + "\",\"title\":\"x\",\"description\":\"" + "y".repeat(3_000_000) + "\"}";
        assertProblem(owner.send("POST", team.path("/tasks"), big), 413, "");
    }

    @Test
    void aStaleVersionIs409() {
        owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "title", "Changed"));
        snapshot = tasksSnapshot();
        assertProblem(owner.patch(team.path("/tasks/" + taskId), Map.of("version", 0, "title", "Lost update")), 409, "changed by someone else");
    }

    @Test
    void pageLimitsOutOfRangeAre400() {
        for (String limit : List.of("0", "501", "-1", "many")) {
            assertThat(owner.get(team.path("/tasks?limit=" + limit)).status()).as(limit).isEqualTo(400);
        }
    }

    private void assertProblem(Response response, int status, String detailPart) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.get("detail")).contains(detailPart);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.pms");
        assertThat(tasksSnapshot()).isEqualTo(snapshot);
    }

    private String tasksSnapshot() {
        return String.join("|", jdbc.sql("select id || title || version || status from tasks order by id").query(String.class).list());
    }
}
