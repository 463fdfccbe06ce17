package dev.pms.account;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenApiTests extends IntegrationTest {
    @Autowired
    DataSource dataSource;

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

    @Test
    void aTokenOpensOnlyTheApiNeverThePages() {
        Team team = Team.create(port);
        Api script = new Api(port).withToken(token(team.owner()));
        assertThat(script.get(team.path("/projects")).status()).isEqualTo(200);
        for (String page : new String[]{"/w/" + team.workspaceId, "/workspaces", "/"}) {
            Response refused = script.get(page);
            assertThat(refused.status()).as(page).isEqualTo(401);
            assertThat(refused.get("detail")).contains("/api/");
        }
    }

    @Test
    void aTokenMayExpireAndIsThenRefusedAsARevokedOne() {
        Api ann = signUp("Ann");
        Instant end = clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        Response created = ann.post("/api/v1/me/tokens", Map.of("name", "week", "expiresAt", end.toString()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("token").get("expiresAt").asString()).isEqualTo(end.toString());
        assertThat(ann.get("/api/v1/me/tokens").json().get(0).get("expiresAt").asString()).isEqualTo(end.toString());
        Api script = new Api(port).withToken(created.get("secret"));
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);

        clock.advance(Duration.ofDays(7).plusSeconds(2));
        Response expired = script.get("/api/v1/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.get("detail")).isEqualTo("The API token is unknown, expired or revoked");
    }

    @Test
    void anExpiryInThePastOrNoneIsClear() {
        Api ann = signUp("Ann");
        Response past = ann.post("/api/v1/me/tokens", Map.of("name", "old", "expiresAt", "2020-01-01T00:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
        Response forever = ann.post("/api/v1/me/tokens", Map.of("name", "forever"));
        assertThat(forever.json().get("token").get("expiresAt").isNull()).isTrue();
    }

    @Test
    void aTokensUseIsStampedAndARequestMeanwhileDoesNotWaitForTheStamp() throws Exception {
        Api ann = signUp("Ann");
        Api script = new Api(port).withToken(token(ann));
        assertThat(ann.get("/api/v1/me/tokens").json().get(0).get("lastUsedAt").isNull()).isTrue();
        // another request's stamp holds the token's row until it commits: a request meanwhile goes on without it
        try (Connection stamping = dataSource.getConnection()) {
            stamping.setAutoCommit(false);
            stamping.createStatement().execute("select 1 from api_tokens for update");
            CompletableFuture<Response> meanwhile = CompletableFuture.supplyAsync(() -> script.get("/api/v1/me"));
            assertThat(meanwhile.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
            stamping.rollback();
        }
        assertThat(ann.get("/api/v1/me/tokens").json().get(0).get("lastUsedAt").isNull()).isTrue();
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ann.get("/api/v1/me/tokens").json().get(0).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void aTokenCallGetsThePagesSecurityHeadersAndNoCookieOrSession() {
        Team team = Team.create(port);
        Api script = new Api(port).withToken(token(team.owner()));
        Response page = team.owner().get("/w/" + team.workspaceId);
        for (Response call : new Response[]{script.get(team.path("/projects")), script.post(team.path("/projects"), Map.of("name", "No CSRF")),
                new Api(port).withToken("pms_" + "0".repeat(64)).get(team.path("/projects"))}) {
            assertThat(call.status()).isIn(200, 201, 401);
            for (String header : new String[]{"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
                    "Cache-Control", "Pragma", "Expires", "X-XSS-Protection"}) {
                assertThat(call.header(header)).as(header).isNotNull().isEqualTo(page.header(header));
            }
            assertThat(call.headers().keySet()).as("no cookie: no session, no CSRF token").noneMatch("set-cookie"::equalsIgnoreCase);
        }
    }

    private static String token(Api who) {
        return who.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret");
    }
}
