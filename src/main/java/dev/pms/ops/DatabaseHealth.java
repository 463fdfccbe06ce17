package dev.pms.ops;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether PostgreSQL answers now. Bounded in time, so that a load balancer learns of an outage within
 * its probe timeout instead of waiting on the pool; nothing is cached, so recovery shows at the next probe.
 * One ping at a time: while PostgreSQL is paused, probes share the ping in flight instead of each holding
 * a pooled connection, and the ping's own network timeout ends it.
 */
@Component
public class DatabaseHealth {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static final int PING_NETWORK_TIMEOUT_MILLIS = 3000;
    private final DataSource dataSource;
    private final AtomicReference<CompletableFuture<Boolean>> inFlight = new AtomicReference<>(CompletableFuture.completedFuture(true));

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Status(boolean up, long latencyMillis, String error) {
    }

    public Status check() {
        long start = System.nanoTime();
        try {
            boolean up = ping().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new Status(up, elapsed(start), null);
        } catch (Exception e) {
            return new Status(false, elapsed(start), "database unreachable");
        }
    }

    private CompletableFuture<Boolean> ping() {
        CompletableFuture<Boolean> current = inFlight.get();
        if (!current.isDone()) {
            return current;
        }
        // not an executor in try-with-resources: its close() would wait for the ping past the timeout
        CompletableFuture<Boolean> next = new CompletableFuture<>();
        if (!inFlight.compareAndSet(current, next)) {
            return inFlight.get();
        }
        Thread.ofVirtual().start(() -> {
            try {
                next.complete(select1());
            } catch (Throwable e) {
                next.completeExceptionally(e);
            }
        });
        return next;
    }

    private boolean select1() throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            // a paused server answers nothing, not even the query timeout's cancel: the socket's timeout ends the
            // wait, and the pool drops the connection as broken
            connection.setNetworkTimeout(Runnable::run, PING_NETWORK_TIMEOUT_MILLIS);
            statement.setQueryTimeout(1);
            return statement.execute("select 1");
        }
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
