package dev.pms.jobs;

import dev.pms.support.Slow;
import dev.pms.imports.HostileImports;
import dev.pms.imports.Uploads;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.pms.imports.HostileImports.Fault.BLOCK;
import static dev.pms.imports.HostileImports.Fault.ERROR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports whose parsing throws an Error or never progresses, run by the real pipeline on workers of the test's
 * own (this node's are paused): none of them may wedge a worker, keep a connection, or run forever.
 */
@Slow
class HostileJobTests extends IntegrationTest {
    private static final Duration NO_PROGRESS_LIMIT = Duration.ofSeconds(2);
    @Autowired
    JobWorkers workers;
    @Autowired
    JobRepository jobs;
    @Autowired
    JobMonitor monitor;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<JobHandler> handlers;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeterRegistry meters;
    private final HostileImports hostile = new HostileImports();
    private JobWorkers node;
    private Team team;

    @BeforeEach
    void pauseThisNodesWorkers() {
        workers.stop();
        team = Team.create(port);
    }

    @AfterEach
    void stopTheTestsWorkers() {
        hostile.releaseAll();
        if (node != null) {
            node.stop();
        }
        workers.start();
    }

    @Test
    void anErrorMidCopyFailsTheJobAtOnceDiscardsItsConnectionAndTheWorkerTakesTheNextJob() throws Exception {
        Response upload = Uploads.upload(team, "hostile.csv", Uploads.rows(5_000));
        hostile.fault(upload.get("id"), ERROR);
        start(1, 2);

        Response failed = Uploads.awaitEnd(team.owner(), upload.header("Location"));
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("error")).contains("ran out of memory").contains("will not be tried again")
                .doesNotContain("Error").doesNotContain("java.");
        assertThat(jdbc.sql("select status || ':' || attempts from jobs").query(String.class).single()).isEqualTo("FAILED:1");
        assertThat(Uploads.tasksOf(jdbc, upload.get("id"))).isZero();
        assertThat(hostile.copyBackends()).as("the fault struck mid-COPY").isNotEmpty();
        awaitGone(hostile.copyBackends());
        assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = 'pms-jobs' and state like 'idle in transaction%'")
                .query(Long.class).single()).isZero();

        Response next = Uploads.importFile(team, "next.csv", Uploads.rows(10));
        assertThat(next.get("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void aJobThatMakesNoProgressLosesItsLeaseIsRetriedByAnotherWorkerAndFailsAsPoisonWhileHealthIsDegraded() throws Exception {
        double cutOff = expired("no-progress");
        double takenOver = expired("taken-over");
        Response upload = Uploads.upload(team, "stuck.csv", Uploads.rows(5_000));
        hostile.fault(upload.get("id"), BLOCK);
        start(2, 2);

        List<JsonNode> health = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!ended(team.owner().get(upload.header("Location")))) {
            assertThat(System.nanoTime()).as("the stuck import ended").isLessThan(deadline);
            health.add(team.owner().get("/api/health").json());
            Thread.sleep(200);
        }
        Response failed = team.owner().get(upload.header("Location"));
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("error")).contains("no progress 3 times").contains("will not be tried again");
        assertThat(jdbc.sql("select status || ':' || attempts from jobs").query(String.class).single()).isEqualTo("FAILED:4");
        assertThat(Uploads.tasksOf(jdbc, upload.get("id"))).isZero();
        assertThat(expired("no-progress") - cutOff).isEqualTo(3);
        assertThat(expired("taken-over") - takenOver).isEqualTo(3);
        assertThat(health).anySatisfy(h -> {
            assertThat(h.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(h.get("reasons").get(0).asString()).contains("made no progress for more than 2 s");
        });
        assertThat(team.owner().get("/api/health").status()).isEqualTo(200);
        awaitGone(hostile.copyBackends());
    }

    @Test
    void fourHostileImportsAtOnceLeaveRoomForANormalImportWithinThirtySeconds() throws Exception {
        List<String> locations = new ArrayList<>();
        for (HostileImports.Fault fault : List.of(ERROR, BLOCK, ERROR, BLOCK)) {
            Response upload = Uploads.upload(team, "hostile.csv", Uploads.rows(5_000));
            hostile.fault(upload.get("id"), fault);
            locations.add(upload.header("Location"));
        }
        start(4, 10);
        awaitRunningOrEnded(4);

        long start = System.nanoTime();
        Response normal = Uploads.upload(team, "normal.csv", Uploads.rows(1_000));
        Response done = Uploads.awaitEnd(team.owner(), normal.header("Location"));
        assertThat(done.get("status")).as(done.json().toString()).isEqualTo("SUCCEEDED");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(1_000);
        for (String location : locations) {
            assertThat(Uploads.awaitEnd(team.owner(), location).get("status")).isEqualTo("FAILED");
        }
        assertThat(node.threads()).hasSize(5).allSatisfy(t -> {
            assertThat(t.isVirtual()).isFalse();
            assertThat(t.isAlive()).isTrue();
        });
    }

    private void start(int workerCount, int perUser) {
        JobsProperties properties = new JobsProperties(true, workerCount, Duration.ofMillis(100), Duration.ofSeconds(5),
                Duration.ofMillis(250), 3, Duration.ZERO, NO_PROGRESS_LIMIT, perUser, Duration.ofMinutes(10));
        List<JobHandler> mixed = new ArrayList<>(handlers.stream().filter(h -> !h.kind().equals("import")).toList());
        mixed.add(hostile.handler(context));
        node = new JobWorkers(jobs, properties, mixed, monitor, transactions);
        node.start();
    }

    private static boolean ended(Response current) {
        String status = current.get("status");
        return !status.equals("QUEUED") && !status.equals("RUNNING");
    }

    private double expired(String reason) {
        return meters.get("pms.jobs.leases.expired").tag("reason", reason).counter().count();
    }

    private void awaitRunningOrEnded(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.sql("select count(*) from jobs where status <> 'QUEUED' or attempts > 0").query(Long.class).single() < count) {
            assertThat(System.nanoTime()).as("all hostile jobs claimed").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The sessions that ran a failed COPY end: their connections were discarded, not given back to the pool. */
    private void awaitGone(List<Integer> backends) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("select count(*) from pg_stat_activity where pid = any(cast(:pids as int[]))")
                .param("pids", backends.toArray(Integer[]::new)).query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("the COPY's sessions ended").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
