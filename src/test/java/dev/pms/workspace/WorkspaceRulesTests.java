package dev.pms.workspace;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceRulesTests extends IntegrationTest {
    Team team;
    Api owner;
    Api admin;

    @BeforeEach
    void team() {
        team = Team.create(port);
        owner = team.owner();
        admin = team.get(Seat.ADMIN);
    }

    @Test
    void anAdminNeitherTouchesAnOwnerNorGrantsOwner() {
        assertThat(admin.patch(team.path("/members/" + owner.userId()), Map.of("role", "VIEWER")).status()).isEqualTo(403);
        assertThat(admin.delete(team.path("/members/" + owner.userId())).status()).isEqualTo(403);
        assertThat(admin.patch(team.path("/members/" + team.get(Seat.MEMBER).userId()), Map.of("role", "OWNER")).status()).isEqualTo(403);
        assertThat(admin.patch(team.path("/members/" + team.get(Seat.MEMBER).userId()), Map.of("role", "MANAGER")).status()).isEqualTo(200);
        assertThat(role(owner)).isEqualTo("OWNER");
    }

    @Test
    void theLastOwnerCannotLeaveBeDemotedOrBeRemoved() {
        assertThat(owner.post(team.path("/leave"), null).status()).isEqualTo(409);
        assertThat(owner.patch(team.path("/members/" + owner.userId()), Map.of("role", "ADMIN")).status()).isEqualTo(409);
        assertThat(owner.delete(team.path("/members/" + owner.userId())).status()).isEqualTo(409);
        assertThat(role(owner)).isEqualTo("OWNER");
    }

    @Test
    void withASecondOwnerTheFirstMayLeave() {
        owner.patch(team.path("/members/" + admin.userId()), Map.of("role", "OWNER"));
        assertThat(owner.post(team.path("/leave"), null).status()).isEqualTo(204);
        assertThat(owner.get(team.path("")).status()).isEqualTo(404);
    }

    @Test
    void transferMakesTheNewOwnerAndKeepsTheOldOneAsAdmin() {
        Api member = team.get(Seat.MEMBER);
        assertThat(owner.post(team.path("/transfer"), Map.of("userId", member.userId())).status()).isEqualTo(204);
        assertThat(role(member)).isEqualTo("OWNER");
        assertThat(role(owner)).isEqualTo("ADMIN");
    }

    @Test
    void joiningTwiceKeepsTheRoleAndAResetCodeInvalidatesTheOldLink() {
        String code = owner.get(team.path("/invite")).get("code");
        assertThat(admin.post("/api/v1/workspaces/join", Map.of("code", code)).status()).isEqualTo(200);
        assertThat(role(admin)).isEqualTo("ADMIN");
        owner.post(team.path("/invite/reset"), null);
        Api late = signUp("Late");
        assertThat(late.post("/api/v1/workspaces/join", Map.of("code", code)).status()).isEqualTo(404);
    }

    @Test
    void deletingAWorkspaceDeletesItsProjectsTasksAndMemberships() {
        team.task(owner, "t");
        assertThat(owner.delete(team.path("")).status()).isEqualTo(204);
        for (String table : new String[]{"tasks", "projects", "members"}) {
            assertThat(jdbc.sql("select count(*) from " + table + " where workspace_id = cast(:ws as uuid)")
                    .param("ws", team.workspaceId).query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void workspacesListShowsOnlyMineWithMyRole() {
        var mine = team.get(Seat.VIEWER).get("/api/v1/workspaces").json();
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("role").asString()).isEqualTo("VIEWER");
    }

    private String role(Api who) {
        return owner.get(team.path("/members/" + who.userId())).get("role");
    }
}
