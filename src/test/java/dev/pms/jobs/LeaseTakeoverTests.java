package dev.pms.jobs;

import dev.pms.support.Slow;
import dev.pms.imports.Uploads;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Two nodes on one database, played by two runners: this node's own workers are paused, so the test
 * decides who claims what.
 */
@Slow
class LeaseTakeoverTests extends NodeRunnersTest {
    @Autowired
    DataSource dataSource;

    @Test
    void aWorkerThatStopsHeartbeatingLosesItsJobToAnotherThatFinishesItExactlyOnce() {
        Team team = Team.create(port);
        Response accepted = Uploads.upload(team, "big.csv", Uploads.rows(20_000));
        JobRunner nodeA = runner("node-a", properties);
        JobLease leaseA = nodeA.claim().orElseThrow();
        // node A never renews its lease (no heartbeat): it runs out
        jdbc.sql("update jobs set lease_expires_at = clock_timestamp() - interval '1 second'").update();
        JobRunner nodeB = runner("node-b", properties);
        JobLease leaseB = nodeB.claim().orElseThrow();
        assertThat(leaseB.job().id()).isEqualTo(leaseA.job().id());
        assertThat(leaseB.job().attempts()).isEqualTo(2);

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> nodeA.execute(leaseA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> nodeB.execute(leaseB));
        CompletableFuture.allOf(a, b).join();

        Response done = team.owner().get(accepted.header("Location"));
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(20_000);
        assertThat(jdbc.sql("select count(*), count(distinct source_row) from tasks")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).containsExactly(20_000L, 20_000L);
        assertThat(jdbc.sql("select status from jobs").query(String.class).single()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aLeaseThatExpiredCannotCompleteEvenIfNobodyTookItOver() {
        Team team = Team.create(port);
        Uploads.upload(team, "small.csv", Uploads.rows(10));
        JobLease lease = runner("node-a", properties).claim().orElseThrow();
        jdbc.sql("update jobs set lease_expires_at = clock_timestamp() - interval '1 second'").update();
        runner("node-a", properties).execute(lease);
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from jobs").query(String.class).single()).isEqualTo("RUNNING");
    }

    @Test
    void heartbeatExtendsHeldLeasesOnly() {
        Team team = Team.create(port);
        Uploads.upload(team, "small.csv", Uploads.rows(10));
        JobLease lease = runner("node-a", properties).claim().orElseThrow();
        jdbc.sql("update jobs set lease_expires_at = clock_timestamp() + interval '1 second'").update();
        assertThat(jobs.renew("node-a", List.of(lease.job().id()), Duration.ofMinutes(5))).containsExactly(lease.job().id());
        assertThat(jdbc.sql("select lease_expires_at > clock_timestamp() + interval '4 minutes' from jobs")
                .query(Boolean.class).single()).isTrue();
        assertThat(jobs.renew("node-b", List.of(lease.job().id()), Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void aStoppingNodeHandsItsRunningJobBackAndAnotherFinishesIt() throws Exception {
        Team team = Team.create(port);
        JobsProperties impatient = new JobsProperties(true, 1, Duration.ofMillis(100), properties.leaseDuration(),
                properties.heartbeatInterval(), properties.maxAttempts(), Duration.ZERO, properties.noProgressLimit(),
                properties.maxRunningPerUser(), properties.maxQueueWait());
        JobWorkers stopping = new JobWorkers(jobs, impatient, handlers, monitor, transactions);
        stopping.start();
        Response accepted = Uploads.upload(team, "big.csv", Uploads.rows(100_000));
        awaitProcessedRows(team, accepted.header("Location"));
        stopping.stop();
        // the interrupted claim still counts: a job that brings its node down must reach the attempt limit
        assertThat(jdbc.sql("select status || ':' || coalesce(lease_owner, '-') || ':' || attempts from jobs").query(String.class).single())
                .isEqualTo("QUEUED:-:1");
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();

        workers.start();
        Response done = Uploads.awaitEnd(team.owner(), accepted.header("Location"));
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isEqualTo(100_000L);
    }

    private void awaitProcessedRows(Team team, String location) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            if (team.owner().get(location).json().get("rowsProcessed").asInt() > 0) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the import never started: " + team.owner().get(location));
    }

    /** A heartbeat waits for the row of a job that is completing; a job claimed meanwhile must not count as lost. */
    @Test
    void aJobClaimedWhileTheHeartbeatWaitsIsNotTakenForLost() throws Exception {
        Team team = Team.create(port);
        Uploads.upload(team, "a.csv", Uploads.rows(10));
        Uploads.upload(team, "b.csv", Uploads.rows(10));
        JobRunner self = runner(workers.owner(), properties);
        JobLease first = self.claim().orElseThrow();
        workers.hold(first);
        JobLease second = null;
        try (Connection completing = dataSource.getConnection()) {
            completing.setAutoCommit(false);
            try (Statement sql = completing.createStatement()) {
                sql.executeUpdate("update jobs set status = 'SUCCEEDED', lease_owner = null, lease_expires_at = null"
                        + " where id = '" + first.job().id() + "'");
            }
            CompletableFuture<Void> beat = CompletableFuture.runAsync(workers::heartbeat);
            awaitHeartbeatWaitingForALock();
            second = self.claim().orElseThrow();
            workers.hold(second);
            completing.commit();
            beat.get(10, TimeUnit.SECONDS);
            assertThatCode(second::ensureHeld).doesNotThrowAnyException();
        } finally {
            workers.release(first);
            if (second != null) {
                workers.release(second);
            }
        }
    }

    private void awaitHeartbeatWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'update jobs set lease_expires_at%'""")
                .query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("heartbeat waiting for the completing job's row").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
