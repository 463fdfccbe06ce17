package dev.pms.relation;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Links between tasks through the API on the real database: blocks, blocked by, relates to, and what is refused. */
class TaskLinkApiTests extends IntegrationTest {

    @Test
    void aTaskBlockedByAnOpenTaskIsBlockedUntilTheBlockerIsDone() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String api = team.task(owner, "Build the API");
        String page = team.task(owner, "Build the page");
        Response added = owner.post(team.path("/tasks/" + page + "/links"), Map.of("kind", "blocked by", "taskId", api));
        assertThat(added.status()).isEqualTo(201);
        assertThat(said(added.json())).containsExactly("blocked by Build the API");
        assertThat(said(owner.get(team.path("/tasks/" + api + "/links")).json())).containsExactly("blocks Build the page");
        assertThat(owner.get(team.path("/tasks/" + page)).json().get("blocked").asBoolean()).isTrue();
        assertThat(owner.get(team.path("/tasks/" + api)).json().get("blocked").asBoolean()).isFalse();
        assertThat(blockedInList(owner, team, page)).isTrue();
        int version = owner.get(team.path("/tasks/" + api)).json().get("version").asInt();
        owner.patch(team.path("/tasks/" + api), Map.of("version", version, "status", "DONE"));
        assertThat(owner.get(team.path("/tasks/" + page)).json().get("blocked").asBoolean()).isFalse();
        String activity = owner.get(team.path("/tasks/" + page + "/activity")).body();
        assertThat(activity).contains("LINKED").contains("BLOCKED_BY");
    }

    @Test
    void relatesToIsOneLinkWhicheverWayAndIsRemovedFromEitherEnd() {
        Team team = Team.create(port);
        Api member = team.get(Team.Seat.MEMBER);
        String a = team.task(member, "A");
        String b = team.task(member, "B");
        assertThat(member.post(team.path("/tasks/" + a + "/links"), Map.of("kind", "relates to", "taskId", b)).status()).isEqualTo(201);
        Response twice = member.post(team.path("/tasks/" + b + "/links"), Map.of("kind", "relates to", "taskId", a));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.get("detail")).endsWith("already relates to " + key(member, team, a) + ".");
        assertThat(said(member.get(team.path("/tasks/" + b + "/links")).json())).containsExactly("relates to A");
        Response removed = member.delete(team.path("/tasks/" + b + "/links?kind=relates%20to&task=" + a));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().isEmpty()).isTrue();
        assertThat(member.get(team.path("/tasks/" + a + "/links")).json().isEmpty()).isTrue();
        Response again = member.delete(team.path("/tasks/" + b + "/links?kind=relates%20to&task=" + a));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.get("detail")).isEqualTo(key(member, team, b) + " has no link \"relates to " + key(member, team, a) + "\".");
    }

    @Test
    void selfLinksDuplicatesUnknownKindsAndTasksOfOtherWorkspacesAreRefusedInWords() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String a = team.task(owner, "A");
        String b = team.task(owner, "B");
        Response self = owner.post(team.path("/tasks/" + a + "/links"), Map.of("kind", "blocks", "taskId", a));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.get("detail")).isEqualTo("A task cannot be linked to itself.");
        owner.post(team.path("/tasks/" + a + "/links"), Map.of("kind", "blocks", "taskId", b));
        Response duplicate = owner.post(team.path("/tasks/" + b + "/links"), Map.of("kind", "blocked by", "taskId", a));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.get("type")).endsWith("duplicate-link");
        Response kind = owner.post(team.path("/tasks/" + a + "/links"), Map.of("kind", "duplicates", "taskId", b));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("must be one of blocks, blocked by, relates to").doesNotContain("dev.pms");
        Api outsider = team.get(Team.Seat.OUTSIDER);
        String project = outsider.post("/api/v1/workspaces/" + team.otherWorkspaceId + "/projects", Map.of("name", "Theirs")).get("id");
        String theirs = outsider.post("/api/v1/workspaces/" + team.otherWorkspaceId + "/tasks",
                Map.of("projectId", project, "title", "Theirs")).get("id");
        for (String other : List.of(theirs, UUID.randomUUID().toString())) {
            Response refused = owner.post(team.path("/tasks/" + a + "/links"), Map.of("kind", "relates to", "taskId", other));
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.get("detail")).isEqualTo("The other task does not exist in this workspace or was deleted.");
        }
        assertThat(owner.post(team.path("/tasks/" + UUID.randomUUID() + "/links"), Map.of("kind", "blocks", "taskId", a)).status())
                .isEqualTo(404);
        assertThat(team.get(Team.Seat.VIEWER).post(team.path("/tasks/" + b + "/links"), Map.of("kind", "relates to", "taskId", a))
                .status()).isEqualTo(403);
    }

    @Test
    void deletingATaskRemovesItsLinks() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String a = team.task(owner, "A");
        String b = team.task(owner, "B");
        owner.post(team.path("/tasks/" + a + "/links"), Map.of("kind", "blocks", "taskId", b));
        assertThat(owner.delete(team.path("/tasks/" + a)).status()).isEqualTo(204);
        assertThat(owner.get(team.path("/tasks/" + b + "/links")).json().isEmpty()).isTrue();
        assertThat(owner.get(team.path("/tasks/" + b)).json().get("blocked").asBoolean()).isFalse();
    }

    private static boolean blockedInList(Api who, Team team, String task) {
        for (JsonNode t : who.get(team.path("/tasks?limit=20")).json().get("items")) {
            if (t.get("id").asString().equals(task)) {
                return t.get("blocked").asBoolean();
            }
        }
        throw new AssertionError("not listed");
    }

    private static String key(Api who, Team team, String task) {
        return who.get(team.path("/tasks/" + task)).get("key");
    }

    private static List<String> said(JsonNode links) {
        List<String> said = new ArrayList<>();
        links.forEach(l -> said.add(l.get("kind").asString() + " " + l.get("title").asString()));
        return said;
    }
}
