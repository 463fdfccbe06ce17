package dev.pms.platform.db;

import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Work that every node schedules runs once per period across them: here two calls stand for two nodes. */
class ClusterOnceTests extends IntegrationTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    ClusterOnce once;

    @Test
    void ofTwoNodesRacingOnlyOneRunsTheWorkAndTheOtherDoesNotWait() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try (ExecutorService nodes = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> first = nodes.submit(() -> once.run("clean", MINUTE, () -> {
                runs.incrementAndGet();
                started.countDown();
                await(finish);
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = nodes.submit(() -> once.run("clean", MINUTE, runs::incrementAndGet));
            assertThat(second.get(5, TimeUnit.SECONDS)).as("the second node, while the first runs").isFalse();
            finish.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(once.run("clean", MINUTE, runs::incrementAndGet)).as("again within the period").isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void theWorkRunsAgainOnceThePeriodHasPassed() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(once.run("clean", MINUTE, runs::incrementAndGet)).isTrue();
        jdbc.sql("update scheduled_runs set ran_at = ran_at - interval '1 minute' where name = 'clean'").update();
        assertThat(once.run("clean", MINUTE, runs::incrementAndGet)).isTrue();
        assertThat(once.run("other work", MINUTE, runs::incrementAndGet)).as("another name has its own period").isTrue();
        assertThat(runs).hasValue(3);
    }

    @Test
    void workThatFailedIsTriedAgainByTheNextNode() {
        assertThatThrownBy(() -> once.run("clean", MINUTE, () -> {
            throw new IllegalStateException("database hiccup");
        })).hasMessage("database hiccup");
        AtomicInteger runs = new AtomicInteger();
        assertThat(once.run("clean", MINUTE, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
