package dev.pms.exports;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.pms.imports.Uploads;
import dev.pms.platform.db.Reads;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports queue for the small reads pool instead of failing, and never take the connections pages need.
 * The primary pool is smaller than the number of exports here, so that an export holding one would starve the page.
 */
// one person runs all the exports here: their per-person cap is lifted, so that all of them wait at the pool
@TestPropertySource(properties = {"pms.database.read-pool-size=2", "spring.datasource.hikari.maximum-pool-size=4",
        "pms.export.per-user=8"})
class ConcurrentExportTests extends IntegrationTest {
    private static final int EXPORTS = 8;
    private static final int TASKS = 300;

    @Autowired
    @Reads
    HikariDataSource reads;

    @Test
    void moreExportsThanTheReadsPoolHoldsWaitTheirTurnAndAllSucceedWhileTheTaskListAnswersAtOnce() throws Exception {
        Team team = Team.create(port);
        assertThat(Uploads.importFile(team, "tasks.csv", Uploads.rows(TASKS)).get("status")).isEqualTo("SUCCEEDED");
        List<Future<HttpResponse<byte[]>>> exports = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            // both reads connections taken: every export must wait for the reads pool, none may run elsewhere
            try (Connection first = reads.getConnection(); Connection second = reads.getConnection()) {
                for (int i = 0; i < EXPORTS; i++) {
                    exports.add(clients.submit(() -> team.owner().download(team.path("/tasks/export?format=csv"))));
                }
                awaitWaiting(reads.getHikariPoolMXBean(), EXPORTS);

                long start = System.nanoTime();
                Response page = team.owner().get(team.path("/tasks?limit=50"));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                assertThat(millis).as("task list while %d exports wait", EXPORTS).isLessThan(1500);
                assertThat(exports).noneMatch(Future::isDone);
            }
            for (Future<HttpResponse<byte[]>> export : exports) {
                HttpResponse<byte[]> file = export.get(60, TimeUnit.SECONDS);
                assertThat(file.statusCode()).isEqualTo(200);
                List<String> lines = new String(file.body(), StandardCharsets.UTF_8).lines().toList();
                assertThat(lines).hasSize(TASKS + 1).contains("Task 1,\"Row 1, with a comma\",In Progress,Medium,,2026-02-02,Website");
            }
        }
    }

    private static void awaitWaiting(HikariPoolMXBean pool, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pool.getThreadsAwaitingConnection() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pool.getThreadsAwaitingConnection()).as("exports waiting for the reads pool").isEqualTo(expected);
    }
}
