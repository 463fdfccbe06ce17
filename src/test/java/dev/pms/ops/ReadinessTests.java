package dev.pms.ops;

import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The actuator's readiness probe (management port) follows PostgreSQL: a node without its database is not ready. */
class ReadinessTests {
    private final Path dataDir = Path.of("target", "readiness-db-" + ProcessHandle.current().pid()).toAbsolutePath();

    @Test
    void readinessIsDownWhileTheDatabaseIsDownAndUpAgainAfterwards() throws Exception {
        int dbPort = freePort();
        EmbeddedPostgres postgres = start(dbPort);
        try (AppInstance node = AppInstance.start("postgres://postgres:postgres@localhost:" + dbPort + "/postgres")) {
            Api actuator = new Api(Integer.parseInt(node.context().getEnvironment().getProperty("local.management.port")));
            Response ready = actuator.get("/actuator/health/readiness");
            assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
            assertThat(ready.json().get("status").asString()).isEqualTo("UP");
            assertThat(ready.json().get("components").get("database").get("status").asString()).isEqualTo("UP");
            assertThat(ready.json().get("components").get("jobs").get("status").asString()).isEqualTo("UP");

            postgres.close();
            long start = System.nanoTime();
            Response down = actuator.get("/actuator/health/readiness");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(down.status()).as(down.toString()).isEqualTo(503);
            assertThat(down.json().get("components").get("database").get("status").asString()).isEqualTo("DOWN");
            assertThat(actuator.get("/actuator/health/liveness").status()).isEqualTo(200);
            Response health = node.api().get("/api/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).doesNotContain("worker").doesNotContain("queue");

            postgres = start(dbPort);
            awaitReady(actuator);
        } finally {
            postgres.close();
        }
    }

    private static void awaitReady(Api actuator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (actuator.get("/actuator/health/readiness").status() != 200) {
            assertThat(System.nanoTime()).as("ready again within 20 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
