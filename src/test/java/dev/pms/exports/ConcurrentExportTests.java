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
import org.springframework.beans.factory.annotation.Qualifier;

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
 * More exports run here than the requests' pool has connections, so that an export holding one would starve the page.
 */
class ConcurrentExportTests extends IntegrationTest {
    private static final int TASKS = 300;

    @Autowired
    @Reads
    HikariDataSource reads;

    @Autowired
    @Qualifier("requestsDataSource")
    HikariDataSource requests;

    @Test
    void moreExportsThanTheReadsPoolHoldsWaitTheirTurnAndAllSucceedWhileTheTaskListAnswersAtOnce() throws Exception {
        Team team = Team.create(port);
        assertThat(Uploads.importFile(team, "tasks.csv", Uploads.rows(TASKS)).get("status")).isEqualTo("SUCCEEDED");
        int count = requests.getMaximumPoolSize() + 2;
        List<Future<HttpResponse<byte[]>>> exports = new ArrayList<>();
        List<Connection> taken = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            // every reads connection taken: every export must wait for the reads pool, none may run elsewhere
            try {
                for (int i = 0; i < reads.getMaximumPoolSize(); i++) {
                    taken.add(reads.getConnection());
                }
                for (int i = 0; i < count; i++) {
                    exports.add(clients.submit(() -> team.owner().download(team.path("/tasks/export?format=csv"))));
                }
                awaitWaiting(reads.getHikariPoolMXBean(), count);

                long start = System.nanoTime();
                Response page = team.owner().get(team.path("/tasks?limit=50"));
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                assertThat(millis).as("task list while %d exports wait", count).isLessThan(1500);
                assertThat(exports).noneMatch(Future::isDone);
            } finally {
                for (Connection connection : taken) {
                    connection.close();
                }
            }
            for (Future<HttpResponse<byte[]>> export : exports) {
                HttpResponse<byte[]> file = export.get(60, TimeUnit.SECONDS);
                assertThat(file.statusCode()).isEqualTo(200);
                List<String> lines = new String(file.body(), StandardCharsets.UTF_8).lines().toList();
                assertThat(lines).hasSize(TASKS + 1).contains("WEB-1,Task 1,\"Row 1, with a comma\",In progress,Medium,,2026-02-02,Website,,,");
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
