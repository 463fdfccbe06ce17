package dev.pms.audit;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log page: owners and admins find it in the navigation and read the entries, escaped. */
class AuditPageTests extends IntegrationTest {

    @Test
    void anAdminSeesTheLogEscapedAndFiltered() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String doomed = owner.post(team.path("/projects"), Map.of("name", "<script>alert(1)</script>")).get("id");
        owner.delete(team.path("/projects/" + doomed));
        String page = "/w/" + team.workspaceId + "/audit";

        Response log = team.get(Seat.ADMIN).get(page);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("<h1>Audit log</h1>").contains("href=\"" + page + "\"")
                .contains("data-audit=\"Project deleted\"").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>").contains("Olivia Owner").contains("127.0.0.1");
        Response joinsOnly = team.get(Seat.ADMIN).get(page + "?kind=MEMBER_JOINED&actor=");
        assertThat(joinsOnly.body()).contains("data-audit=\"Member joined\"").doesNotContain("data-audit=\"Project deleted\"");
    }

    @Test
    void theNavigationOffersTheLogOnlyToThoseWhoMayReadIt() {
        Team team = Team.create(port);
        String audit = "href=\"/w/" + team.workspaceId + "/audit\"";
        assertThat(team.owner().get("/w/" + team.workspaceId).body()).contains(audit);
        assertThat(team.get(Seat.MANAGER).get("/w/" + team.workspaceId).body()).doesNotContain(audit);
        assertThat(team.get(Seat.MANAGER).get("/w/" + team.workspaceId + "/audit").status()).isEqualTo(403);
    }
}
