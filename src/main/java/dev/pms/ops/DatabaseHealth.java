package dev.pms.ops;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whether PostgreSQL answers now. Bounded in time, so that a load balancer learns of an outage within
 * its probe timeout instead of waiting on the pool; nothing is cached, so recovery shows at the next probe.
 */
@Component
public class DatabaseHealth {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Status(boolean up, long latencyMillis, String error) {
    }

    public Status check() {
        long start = System.nanoTime();
        try {
            // not an executor in try-with-resources: its close() would wait for the ping past the timeout;
            // a ping left behind ends by itself within the pool's connection timeout
            CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(this::ping, task -> Thread.ofVirtual().start(task));
            boolean up = probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new Status(up, elapsed(start), null);
        } catch (Exception e) {
            return new Status(false, elapsed(start), "database unreachable");
        }
    }

    private boolean ping() {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            return statement.execute("select 1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
