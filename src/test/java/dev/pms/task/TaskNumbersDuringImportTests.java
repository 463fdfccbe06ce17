package dev.pms.task;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.TeamTest;
import dev.pms.support.Response;
import dev.pms.support.Slow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task numbers while an import of 100,000 rows holds its project's counter: parallel creates into the same project
 * wait their turn and leave no gap, a create into another project does not wait. The imports take seconds, so these
 * run with the slow tests ({@link TaskKeyTests} has the rest of the keys).
 */
@Slow
class TaskNumbersDuringImportTests extends TeamTest {
    final java.util.Set<String> busy = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Test
    void fiftyParallelCreatesAndAHundredThousandRowImportIntoOneProjectGiveGapFreeUniqueNumbers() throws Exception {
        int creates = 50;
        int imported = 100_000;
        Response accepted = Uploads.upload(team, "many.csv", Uploads.rows(imported));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        // a script's token, as API clients send: no session to save after each answer
        Api script = new Api(port).withToken(owner.post("/api/v1/me/tokens", Map.of("name", "script")).get("secret"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> created = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(creates)) {
            for (int i = 0; i < creates; i++) {
                String title = "Parallel " + i;
                created.add(pool.submit(() -> { start.await(); return createRetryingWhileBusy(script, title); }));
            }
            Uploads.awaitStarted(owner, accepted.header("Location"));
            start.countDown();
            for (Future<Response> each : created) {
                assertThat(each.get().status()).as(each.get().toString()).isEqualTo(201);
                assertThat(each.get().get("key")).matches("WEB-[1-9][0-9]*");
            }
        }
        // polled once the creates are done: while they wait for the import's lock, the request pool may be taken
        assertThat(Uploads.awaitEnd(owner, accepted.header("Location")).get("status")).isEqualTo("SUCCEEDED");
        assertThat(busy).allMatch(type -> type.endsWith("/task-numbers-busy") || type.endsWith("/database-unavailable"));
        var numbers = jdbc.sql("""
                        select count(*) as n, count(distinct number) as distinct_numbers, min(number) as low, max(number) as high,
                               max(number) filter (where import_id is not null) - min(number) filter (where import_id is not null) + 1 as import_span,
                               (select last_number from task_numbers where project_id = cast(:project as uuid)) as counter
                        from tasks where project_id = cast(:project as uuid)""")
                .param("project", team.projectId).query().singleRow();
        long total = creates + imported;
        assertThat(numbers).containsEntry("n", total).containsEntry("distinct_numbers", total)
                .containsEntry("low", 1).containsEntry("high", (int) total)
                .containsEntry("import_span", imported).containsEntry("counter", (int) total);
    }

    @Test
    void aCreateIntoAProjectTheRunningImportDoesNotTouchIsNotDelayed() throws Exception {
        String other = owner.post(team.path("/projects"), Map.of("name", "Operations", "key", "OPS")).get("id");
        team.task(owner, "Before the import"); // its project's counter row exists, so that the probe below sees it locked
        Response accepted = Uploads.upload(team, "many.csv", Uploads.rows(100_000));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        awaitCounterLocked(team.projectId);

        Response created = owner.post(team.path("/tasks"), Map.of("projectId", other, "title", "Not waiting"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.get("key")).isEqualTo("OPS-1");
        assertThat(counterLocked(team.projectId)).as("answered while the import still held its project's numbers").isTrue();
        assertThat(counterLocked(other)).as("the other project's counter is free").isFalse();
        assertThat(Uploads.awaitEnd(owner, accepted.header("Location")).get("status")).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select max(number) from tasks where project_id = cast(:p as uuid)").param("p", team.projectId)
                .query(Integer.class).single()).isEqualTo(100_001);
    }

    /** Whether a transaction holds the project's counter row: a probe that does not wait says so. */
    private boolean counterLocked(String projectId) {
        try {
            jdbc.sql("select 1 from task_numbers where project_id = cast(:p as uuid) for update nowait")
                    .param("p", projectId).query().listOfRows();
            return false;
        } catch (org.springframework.dao.DataAccessException e) {
            return true;
        }
    }

    private void awaitCounterLocked(String projectId) throws InterruptedException {
        for (int i = 0; i < 600 && !counterLocked(projectId); i++) {
            Thread.sleep(20);
        }
        assertThat(counterLocked(projectId)).as("the import holds its project's numbers").isTrue();
    }

    /**
     * A create that meets a running import's lock gets 503 task-numbers-busy after a while, and one that meets a
     * request pool taken by such waits 503 database-unavailable; a client tries again, as this one does.
     */
    private Response createRetryingWhileBusy(Api who, String title) throws InterruptedException {
        Callable<Response> create = () -> who.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", title));
        for (int attempt = 0; ; attempt++) {
            Response response;
            try {
                response = create.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (response.status() != 503 || attempt == 100) {
                return response;
            }
            busy.add(response.get("type"));
            Thread.sleep(100);
        }
    }
}
