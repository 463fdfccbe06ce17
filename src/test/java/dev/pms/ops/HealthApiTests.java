package dev.pms.ops;

import dev.pms.platform.Ids;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HealthApiTests extends IntegrationTest {

    @Test
    void healthReportsTheDatabaseTheWorkerAndTheQueueToInstanceAdmins() {
        Api admin = signUp("Ann"); // the first person of an instance is its admin
        Response health = admin.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        JsonNode body = health.json();
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.get("database").get("status").asString()).isEqualTo("UP");
        JsonNode worker = body.get("jobs").get("worker");
        assertThat(worker.get("running").asBoolean()).isTrue();
        assertThat(worker.get("workers").asInt()).isPositive();
        assertThat(worker.get("inHand").asInt()).isZero();
        assertThat(body.get("jobs").get("queue").get("queued").asLong()).isZero();
    }

    @Test
    void theBacklogShowsQueuedJobsAndHowLongTheOldestHasWaited() {
        Api ann = signUp("Ann");
        UUID workspace = UUID.fromString(ann.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id"));
        // a kind no worker serves stays queued, as jobs do while every worker is busy
        for (int minutesAgo : new int[]{5, 1}) {
            jdbc.sql("insert into jobs (id, workspace_id, kind, subject_id, created_at) "
                            + "values (:id, :ws, 'unserved', :id, now() - make_interval(mins => :ago))")
                    .param("id", Ids.next()).param("ws", workspace).param("ago", minutesAgo).update();
        }
        JsonNode queue = ann.get("/api/health").json().get("jobs").get("queue");
        assertThat(queue.get("queued").asLong()).isEqualTo(2);
        assertThat(queue.get("oldestQueuedSeconds").asLong()).isBetween(300L, 330L);
    }

    @Test
    void anonymousCallersAndOtherPeopleSeeNoFigures() {
        Api admin = signUp("Ann");
        Api member = signUp("Bob");
        for (Api who : new Api[]{anonymous(), member}) {
            Response health = who.get("/api/health");
            assertThat(health.status()).isEqualTo(200);
            JsonNode body = health.json();
            assertThat(body.get("status").asString()).isEqualTo("UP");
            assertThat(body.get("database").get("status").asString()).isEqualTo("UP");
            assertThat(body.get("jobs").get("status").asString()).isEqualTo("UP");
            assertThat(health.body()).doesNotContain("worker").doesNotContain("queue").doesNotContain("latency")
                    .doesNotContain("reasons");
        }
        assertThat(admin.get("/api/health").body()).contains("worker").contains("queue");
    }

    @Test
    void aQueuedJobWaitingPastTheLimitMakesHealthDegradedButStillReadyAndTheSystemPageSaysWhy() {
        Api ann = signUp("Ann");
        UUID workspace = UUID.fromString(ann.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id"));
        jdbc.sql("insert into jobs (id, workspace_id, kind, subject_id, created_at) "
                        + "values (:id, :ws, 'unserved', :id, now() - interval '11 minutes')")
                .param("id", Ids.next()).param("ws", workspace).update();
        Response health = ann.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.json().get("jobs").get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.json().get("reasons").get(0).asString()).isEqualTo("the oldest queued job has waited 11 min, more than 10 min");
        assertThat(ann.get("/admin/system").body()).contains("the oldest queued job has waited 11 min, more than 10 min");
        Response anonymous = anonymous().get("/api/health");
        assertThat(anonymous.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(anonymous.json().get("reasons").get(0).asString()).startsWith("the oldest queued job has waited");
        assertThat(anonymous.body()).doesNotContain("queued\"").doesNotContain("latency");
    }

    @Test
    void livenessNeedsOnlyTheProcess() {
        assertThat(anonymous().get("/api/health/live").json().get("status").asString()).isEqualTo("UP");
    }
}
