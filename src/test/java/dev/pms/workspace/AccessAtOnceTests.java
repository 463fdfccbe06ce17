package dev.pms.workspace;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of role or a removal applies to the very next request, whether it comes with an API token (whose
 * statement also reads the role) or a session.
 */
class AccessAtOnceTests extends IntegrationTest {

    @Test
    void aMemberDemotedToViewerCannotWriteOnTheVeryNextRequest() {
        Team team = Team.create(port);
        Api member = team.get(Team.Seat.MEMBER);
        Api script = new Api(port).withToken(token(member));
        Map<String, String> task = Map.of("projectId", team.projectId, "title", "Before");
        assertThat(script.post(team.path("/tasks"), task).status()).isEqualTo(201);
        assertThat(member.post(team.path("/tasks"), task).status()).isEqualTo(201);

        assertThat(team.owner().patch(team.path("/members/" + member.userId()), Map.of("role", "VIEWER")).status()).isEqualTo(200);
        Response byToken = script.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "After"));
        assertThat(byToken.status()).isEqualTo(403);
        assertThat(byToken.get("detail")).contains("Viewer");
        assertThat(member.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "After")).status()).isEqualTo(403);
        assertThat(script.get(team.path("/tasks")).status()).isEqualTo(200);

        assertThat(team.owner().patch(team.path("/members/" + member.userId()), Map.of("role", "MEMBER")).status()).isEqualTo(200);
        assertThat(script.post(team.path("/tasks"), task).status()).isEqualTo(201);
    }

    @Test
    void aRemovedMemberGets404AtOnce() {
        Team team = Team.create(port);
        Api member = team.get(Team.Seat.MEMBER);
        Api script = new Api(port).withToken(token(member));
        String task = team.task(member, "Theirs");
        assertThat(script.get(team.path("/tasks/" + task)).status()).isEqualTo(200);

        assertThat(team.owner().delete(team.path("/members/" + member.userId())).status()).isEqualTo(204);
        for (Api who : new Api[]{script, member}) {
            for (String path : new String[]{"/tasks/" + task, "/tasks", "/my-tasks", "/projects/" + team.projectId + "/board"}) {
                Response refused = who.get(team.path(path));
                assertThat(refused.status()).as(path).isEqualTo(404);
                assertThat(refused.body()).doesNotContain("Theirs");
            }
        }
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aTokenReadsTheRoleOfTheWorkspaceItsPathNamesOnly() {
        Team team = Team.create(port);
        Api outsider = new Api(port).withToken(token(team.get(Team.Seat.OUTSIDER)));
        assertThat(outsider.get("/api/v1/workspaces/" + team.otherWorkspaceId + "/tasks").status()).isEqualTo(200);
        assertThat(outsider.get(team.path("/tasks")).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/workspaces/not-a-uuid/tasks").status()).isEqualTo(404);
        Api viewer = new Api(port).withToken(token(team.get(Team.Seat.VIEWER)));
        assertThat(viewer.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "No")).status()).isEqualTo(403);
    }

    private static String token(Api who) {
        return who.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret");
    }
}
