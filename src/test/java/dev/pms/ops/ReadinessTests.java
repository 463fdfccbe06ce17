package dev.pms.ops;

import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.Response;
import dev.pms.support.StartsNodes;
import dev.pms.support.StoppablePostgres;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The actuator's readiness probe (management port) follows PostgreSQL: a node without its database is not ready. */
@StartsNodes
class ReadinessTests {
    @Test
    void readinessIsDownWhileTheDatabaseIsDownAndUpAgainAfterwards() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres("readiness");
             AppInstance node = AppInstance.start(postgres.url())) {
            Api actuator = new Api(Integer.parseInt(node.context().getEnvironment().getProperty("local.management.port")));
            Response ready = actuator.get("/actuator/health/readiness");
            assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
            assertThat(ready.json().get("status").asString()).isEqualTo("UP");
            assertThat(ready.json().get("components").get("database").get("status").asString()).isEqualTo("UP");
            assertThat(ready.json().get("components").get("jobs").get("status").asString()).isEqualTo("UP");

            postgres.stop();
            long start = System.nanoTime();
            Response down = actuator.get("/actuator/health/readiness");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(down.status()).as(down.toString()).isEqualTo(503);
            assertThat(down.json().get("components").get("database").get("status").asString()).isEqualTo("DOWN");
            assertThat(actuator.get("/actuator/health/liveness").status()).isEqualTo(200);
            Response health = node.api().get("/api/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).doesNotContain("worker").doesNotContain("queue");

            postgres.start();
            StoppablePostgres.awaitOk(actuator, "/actuator/health/readiness");
        }
    }
}
