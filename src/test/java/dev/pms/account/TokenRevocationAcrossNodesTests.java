package dev.pms.account;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.IntegrationTest;
import dev.pms.support.StartsNodes;
import dev.pms.support.Team;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nodes keep no copy of a token or a role: a revocation or a role change made on one node holds on every node's next request. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@StartsNodes
class TokenRevocationAcrossNodesTests extends IntegrationTest {
    @Autowired
    HikariDataSource dataSource;

    private AppInstance other;

    @BeforeAll
    void startAnotherNode() {
        URI jdbc = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        other = AppInstance.start("postgres://postgres:postgres@localhost:" + jdbc.getPort() + "/postgres", "pms.jobs.enabled=false");
    }

    @AfterAll
    void stopIt() {
        other.close();
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedOnTheVeryNextRequestOnEveryNode() {
        Team team = Team.create(port);
        for (int revokingNode : new int[]{port, other.port()}) {
            Api owner = team.owner().at(revokingNode);
            String secret = owner.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret");
            List<Api> scripts = List.of(new Api(port).withToken(secret), new Api(other.port()).withToken(secret));
            for (Api script : scripts) { // both nodes have served it, so either would have anything it might keep
                assertThat(script.get(team.path("/tasks")).status()).isEqualTo(200);
                assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
            }
            String id = owner.get("/api/v1/me/tokens").json().get(0).get("id").asString();
            assertThat(owner.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
            for (Api script : scripts) {
                assertThat(script.get(team.path("/tasks")).status()).isEqualTo(401);
                assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
                assertThat(script.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "No")).status()).isEqualTo(401);
            }
        }
    }

    @Test
    void aRoleChangedOnOneNodeHoldsOnTheOthersVeryNextRequest() {
        Team team = Team.create(port);
        Api member = team.get(Team.Seat.MEMBER);
        String secret = member.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret");
        Api onOther = new Api(other.port()).withToken(secret);
        Map<String, String> task = Map.of("projectId", team.projectId, "title", "Task");
        assertThat(onOther.post(team.path("/tasks"), task).status()).isEqualTo(201);
        assertThat(team.owner().patch(team.path("/members/" + member.userId()), Map.of("role", "VIEWER")).status()).isEqualTo(200);
        assertThat(onOther.post(team.path("/tasks"), task).status()).isEqualTo(403);
        assertThat(team.owner().delete(team.path("/members/" + member.userId())).status()).isEqualTo(204);
        assertThat(onOther.get(team.path("/tasks")).status()).isEqualTo(404);
    }
}
