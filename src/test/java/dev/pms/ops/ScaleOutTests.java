package dev.pms.ops;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.StartsNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two more PMS nodes on the one PostgreSQL, as behind a load balancer: what one knows or queues, the other knows or runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@StartsNodes
class ScaleOutTests extends IntegrationTest {
    @Autowired
    HikariDataSource dataSource;

    private AppInstance a;
    private AppInstance b;

    @Autowired
    ApplicationContext testNode;

    /** Node A runs no job workers, so a job queued on A can only be run by B. */
    @BeforeAll
    void startTwoNodes() {
        URI jdbc = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
        String url = "postgres://postgres:postgres@localhost:" + jdbc.getPort() + "/postgres";
        a = AppInstance.start(url, "pms.jobs.enabled=false");
        b = AppInstance.start(url);
    }

    @AfterAll
    void stopNodes() {
        a.close();
        b.close();
    }

    @Test
    void aSessionMadeOnOneNodeWorksOnTheOther() {
        Api onA = Api.signUp(a.port(), "Ann");
        Api onB = onA.at(b.port());
        assertThat(a.port()).isNotEqualTo(b.port());
        assertThat(onB.get("/api/v1/me").get("email")).isEqualTo(onA.email());
        assertThat(onB.post("/api/v1/workspaces", Map.of("name", "Made on B")).status()).isEqualTo(201);
        assertThat(onA.get("/api/v1/workspaces").body()).contains("Made on B");

        assertThat(onB.post("/api/v1/auth/signout", null).status()).isEqualTo(204);
        assertThat(onA.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void oneUsersUploadLimitIsCountedAcrossNodes() {
        Api onA = Api.signUp(a.port(), "Ann");
        Api onB = onA.at(b.port());
        String workspace = onA.post("/api/v1/workspaces", Map.of("name", "Uploads")).get("id");
        String imports = "/api/v1/workspaces/" + workspace + "/imports";
        for (int i = 0; i < 5; i++) {
            assertThat(upload(onA, imports).status()).isNotEqualTo(429);
            assertThat(upload(onB, imports).status()).isNotEqualTo(429);
        }
        Response eleventh = upload(onA, imports);
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.header("Retry-After")).isNotNull();
        assertThat(upload(onB, imports).status()).isEqualTo(429);
        Api bob = Api.signUp(b.port(), "Bob");
        String bobs = "/api/v1/workspaces/" + bob.post("/api/v1/workspaces", Map.of("name", "Bob's")).get("id") + "/imports";
        assertThat(upload(bob, bobs).header("RateLimit-Remaining")).isEqualTo("9");
    }

    @Test
    void anImportQueuedOnOneNodeIsRunByTheOther() {
        SmartLifecycle testNodeWorkers = testNode.getBean("jobWorkers", SmartLifecycle.class);
        testNodeWorkers.stop();
        try {
            Api onA = Api.signUp(a.port(), "Ann");
            String workspace = onA.post("/api/v1/workspaces", Map.of("name", "Imports")).get("id");
            String project = onA.post("/api/v1/workspaces/" + workspace + "/projects", Map.of("name", "P")).get("id");
            Response accepted = Uploads.upload(onA, workspace, "tasks.csv", Uploads.rows(50), Map.of("projectId", project));
            assertThat(accepted.status()).isEqualTo(202);

            Response done = Uploads.awaitEnd(onA, accepted.header("Location"));
            assertThat(done.get("status")).isEqualTo("SUCCEEDED");
            assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(50);
            assertThat(importsRunBy(b)).isEqualTo(1);
            assertThat(importsRunBy(a)).isZero();
        } finally {
            testNodeWorkers.start();
        }
    }

    private static long importsRunBy(AppInstance node) {
        return node.context().getBean(MeterRegistry.class).find("pms.import.duration").timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private static Response upload(Api who, String path) {
        return who.sendRaw("POST", path, "title\nOne task\n", "text/csv");
    }
}
