package dev.pms.imports;

import dev.pms.support.Slow;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Prefer: wait=N} on an import: the answer comes when the import ends, not before, and not much later. */
@Slow
class ImportWaitTests extends IntegrationTest {

    @Test
    void oneWaitingRequestSeesTheImportEnd() {
        Team team = Team.create(port);
        Response accepted = Uploads.upload(team, "big.csv", Uploads.rows(20_000));
        assertThat(accepted.status()).isEqualTo(202);

        Response answer = team.owner().get(accepted.header("Location"), "Prefer", "respond-async, wait=30");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("status")).isEqualTo("SUCCEEDED");
        assertThat(answer.json().get("rowsInserted").asInt()).isEqualTo(20_000);
        assertThat(answer.header("Preference-Applied")).isEqualTo("wait=30");
    }

    @Test
    void anUploadThatPrefersToWaitIsAnsweredOnceTheImportHasEnded() {
        Team team = Team.create(port);

        Response answer = Uploads.upload(team.owner(), team.workspaceId, "big.csv", Uploads.rows(20_000),
                Map.of("projectId", team.projectId), "Prefer", "respond-async, wait=30");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.get("status")).isEqualTo("SUCCEEDED");
        assertThat(answer.json().get("rowsInserted").asInt()).isEqualTo(20_000);
        assertThat(answer.header("Location")).isEqualTo(team.path("/imports/" + answer.get("id")));
        assertThat(answer.header("Preference-Applied")).isEqualTo("wait=30");
        assertThat(Uploads.tasksOf(jdbc, answer.get("id"))).isEqualTo(20_000);
    }

    @Test
    void anUploadThatEndsInFailureIsAnsweredWithTheFailure() {
        Team team = Team.create(port);

        Response answer = Uploads.upload(team.owner(), team.workspaceId, "t.csv", Uploads.csv("Title,Status\n,Done\n"),
                Map.of("projectId", team.projectId, "mode", "strict"), "Prefer", "wait=30");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.get("status")).isEqualTo("FAILED");
        assertThat(answer.get("error")).contains("strict");
    }

    @Test
    void anUndoIsWaitedForToo() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", Uploads.rows(5_000));
        String location = team.path("/imports/" + done.get("id"));
        assertThat(team.owner().delete(location).status()).isEqualTo(202);

        Response answer = team.owner().get(location, "Prefer", "wait=30");

        assertThat(answer.get("status")).isEqualTo("UNDONE");
        assertThat(Uploads.tasksOf(jdbc, done.get("id"))).isZero();
    }

    @Test
    void anImportThatDoesNotEndIsAnsweredAsItIsOnceTheWaitIsOver() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", Uploads.rows(3));
        // as if its job were queued on a node that has stopped
        jdbc.sql("update imports set status = 'QUEUED' where id = cast(:id as uuid)").param("id", done.get("id")).update();

        long start = System.nanoTime();
        Response answer = team.owner().get(team.path("/imports/" + done.get("id")), "Prefer", "wait=2");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.get("status")).isEqualTo("QUEUED");
        assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    @Test
    void anEndOnAnotherNodeIsSeenByReReading() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", Uploads.rows(3));
        String id = done.get("id");
        jdbc.sql("update imports set status = 'RUNNING' where id = cast(:id as uuid)").param("id", id).update();
        Thread.ofVirtual().start(() -> {
            sleep(Duration.ofMillis(300));
            // another node ends it: no signal reaches this node, only the row changes
            jdbc.sql("update imports set status = 'SUCCEEDED' where id = cast(:id as uuid)").param("id", id).update();
        });

        long start = System.nanoTime();
        Response answer = team.owner().get(team.path("/imports/" + id), "Prefer", "wait=20");

        assertThat(answer.get("status")).isEqualTo("SUCCEEDED");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void withoutAWaitPreferenceTheAnswerIsImmediate() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", Uploads.rows(3));
        jdbc.sql("update imports set status = 'RUNNING' where id = cast(:id as uuid)").param("id", done.get("id")).update();

        for (String prefer : new String[] {"wait=soon", "return=minimal", "wait=-1"}) {
            long start = System.nanoTime();
            Response answer = team.owner().get(team.path("/imports/" + done.get("id")), "Prefer", prefer);
            assertThat(answer.get("status")).as(prefer).isEqualTo("RUNNING");
            assertThat(answer.header("Preference-Applied")).as(prefer).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(prefer).isLessThan(Duration.ofSeconds(1));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
