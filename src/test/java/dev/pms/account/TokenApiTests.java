package dev.pms.account;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenApiTests extends IntegrationTest {

    @Test
    void aTokenActsWithItsOwnersRoles() {
        Team team = Team.create(port);
        Api ownerScript = new Api(port).withToken(token(team.owner()));
        Api viewerScript = new Api(port).withToken(token(team.get(Team.Seat.VIEWER)));
        Api outsiderScript = new Api(port).withToken(token(team.get(Team.Seat.OUTSIDER)));

        assertThat(ownerScript.post(team.path("/projects"), Map.of("name", "By token")).status()).isEqualTo(201);
        assertThat(viewerScript.get(team.path("/projects")).status()).isEqualTo(200);
        assertThat(viewerScript.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "No")).status()).isEqualTo(403);
        assertThat(outsiderScript.get(team.path("/projects")).status()).isEqualTo(404);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Api ann = signUp("Ann");
        String token = token(ann);
        Api script = new Api(port).withToken(token);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
        String id = ann.get("/api/v1/me/tokens").json().get(0).get("id").asString();
        assertThat(ann.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        Response after = script.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
    }

    private static String token(Api who) {
        return who.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret");
    }
}
