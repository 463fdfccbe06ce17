package dev.pms.ops;

import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.Response;
import dev.pms.support.StartsNodes;
import dev.pms.support.StoppablePostgres;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A node whose PostgreSQL goes away and comes back: 503s while it is gone, no restart needed after. */
@StartsNodes
class DatabaseOutageTests {
    @Test
    void whileTheDatabaseIsDownEveryRequestIsACleanQuick503AndAfterwardsAllWorksAgain() throws Exception {
        // a request gives up waiting for a connection after 1 s instead of 5: the answer is the same 503, sooner
        try (StoppablePostgres postgres = new StoppablePostgres("outage");
             AppInstance node = AppInstance.start(postgres.url(), "spring.datasource.hikari.connection-timeout=1000")) {
            Api ann = Api.signUp(node.port(), "Ann");
            String token = ann.post("/api/v1/me/tokens", Map.of("name", "ci")).get("secret");
            Api script = new Api(node.port()).withToken(token);
            assertThat(ann.get("/api/health").status()).isEqualTo(200);

            postgres.stop();
            long start = System.nanoTime();
            Response health = ann.get("/api/health");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("database").get("status").asString()).isEqualTo("DOWN");

            assertCleanUnavailable(ann.get("/api/v1/me"));
            assertCleanUnavailable(ann.post("/api/v1/workspaces", Map.of("name", "Lost")));
            assertCleanUnavailable(script.get("/api/v1/workspaces"));
            assertCleanUnavailable(new Api(node.port()).post("/api/v1/auth/signin", Map.of("email", ann.email(), "password", "correct horse")));

            postgres.start();
            StoppablePostgres.awaitOk(ann, "/api/health");
            assertThat(ann.get("/api/v1/me").get("email")).isEqualTo(ann.email());
            assertThat(script.get("/api/v1/workspaces").status()).isEqualTo(200);
            assertThat(ann.post("/api/v1/workspaces", Map.of("name", "Back")).status()).isEqualTo(201);
        }
    }

    private static void assertCleanUnavailable(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(response.get("type")).endsWith("/database-unavailable");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
