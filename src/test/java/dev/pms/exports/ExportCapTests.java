package dev.pms.exports;

import dev.pms.support.Slow;
import com.zaxxer.hikari.HikariDataSource;
import dev.pms.platform.db.Reads;
import dev.pms.support.OutsideServicesTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
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
 * One person runs at most two exports at once: the others wait for their turn without taking a connection of
 * the reads pool (four here), so that someone else's export still gets one.
 */
@Slow
class ExportCapTests extends OutsideServicesTest {
    @Autowired
    @Reads
    HikariDataSource reads;

    @Test
    void exportsBeyondTheCapWaitTheirTurnWithoutAConnectionAndAnotherPersonsExportGetsOne() throws Exception {
        Team team = Team.create(port);
        team.task(team.owner(), "Kept");
        List<Future<HttpResponse<byte[]>>> exports = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Connection> held = holdAllReadsConnections();
            for (int i = 0; i < 5; i++) {
                exports.add(clients.submit(() -> team.owner().download(team.path("/tasks/export"))));
            }
            awaitWaitingForTheReadsPool(2);
            Thread.sleep(300);
            assertThat(reads.getHikariPoolMXBean().getThreadsAwaitingConnection()).as("the owner's exports at the pool").isEqualTo(2);
            exports.add(clients.submit(() -> team.get(Team.Seat.MANAGER).download(team.path("/tasks/export"))));
            awaitWaitingForTheReadsPool(3);
            release(held);
            for (Future<HttpResponse<byte[]>> export : exports) {
                assertThat(export.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void anExportThatWaitsTooLongForItsTurnIs429WithRetryAfter() throws Exception {
        Team team = Team.create(port);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Connection> held = holdAllReadsConnections();
            List<Future<HttpResponse<byte[]>>> running = List.of(
                    clients.submit(() -> team.owner().download(team.path("/tasks/export"))),
                    clients.submit(() -> team.owner().download(team.path("/tasks/export"))));
            awaitWaitingForTheReadsPool(2);
            Response refused = team.owner().get(team.path("/tasks/export"));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("60");
            assertThat(refused.get("type")).isEqualTo("https://pms.dev/problems/exports-per-user");
            release(held);
            for (Future<HttpResponse<byte[]>> export : running) {
                assertThat(export.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
        assertThat(team.owner().download(team.path("/tasks/export")).statusCode()).as("the turns were given back").isEqualTo(200);
    }

    private List<Connection> holdAllReadsConnections() throws Exception {
        List<Connection> held = new ArrayList<>();
        for (int i = 0; i < reads.getMaximumPoolSize(); i++) {
            held.add(reads.getConnection());
        }
        return held;
    }

    private static void release(List<Connection> held) throws Exception {
        for (Connection connection : held) {
            connection.close();
        }
    }

    private void awaitWaitingForTheReadsPool(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (reads.getHikariPoolMXBean().getThreadsAwaitingConnection() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(reads.getHikariPoolMXBean().getThreadsAwaitingConnection()).isEqualTo(expected);
    }
}
