package dev.pms.jobs;

import dev.pms.imports.Uploads;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How many of one person's jobs run at once, and how many times a job is tried; runners play the nodes. */
class JobLimitsTests extends NodeRunnersTest {

    @Test
    void theWorkersAndTheirHeartbeatRunOnPlatformThreads() {
        workers.start();
        assertThat(workers.threads()).hasSize(properties.workers() + 1)
                .allSatisfy(t -> assertThat(t.isVirtual()).as(t.getName()).isFalse());
    }

    @Test
    void aJobHandedBackAtEveryShutdownKeepsCountingAndFailsAsPoisonAfterTheAttemptLimit() {
        Team team = Team.create(port);
        Response upload = Uploads.upload(team, "restart-loop.csv", Uploads.rows(10));
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            JobRunner node = runner("node-" + attempt, properties);
            assertThat(node.claim()).isPresent();
            jobs.release(node.owner()); // what a node stopped with SIGTERM does with the job it runs
            assertThat(jdbc.sql("select status || ':' || attempts from jobs").query(String.class).single())
                    .isEqualTo("QUEUED:" + attempt);
        }
        JobRunner last = runner("node-last", properties);
        last.execute(last.claim().orElseThrow());

        assertThat(jdbc.sql("select status from jobs").query(String.class).single()).isEqualTo("FAILED");
        assertThat(runner("node-after", properties).claim()).isEmpty();
        Response failed = team.owner().get(upload.header("Location"));
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("error")).contains("3 times").contains("will not be tried again");
        assertThat(Uploads.tasksOf(jdbc, upload.get("id"))).isZero();
    }

    @Test
    void onlyTwoJobsOfOnePersonRunAtOnceWhileOtherPeoplesJobsAreClaimed() {
        Team team = Team.create(port);
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            owners.add(Uploads.upload(team, "mine-" + i + ".csv", Uploads.rows(10)).get("id"));
        }
        String admins = Uploads.upload(team.get(Team.Seat.ADMIN), team.workspaceId, "theirs.csv", Uploads.rows(10),
                Map.of("projectId", team.projectId)).get("id");
        JobRunner node = runner("node-a", properties);

        JobLease first = node.claim().orElseThrow();
        JobLease second = node.claim().orElseThrow();
        JobLease third = node.claim().orElseThrow();
        assertThat(List.of(subject(first), subject(second), subject(third))).containsExactly(owners.get(0), owners.get(1), admins);
        assertThat(node.claim()).as("the owner's third import waits while two run").isEmpty();

        node.execute(first);
        assertThat(node.claim().map(JobLimitsTests::subject)).contains(owners.get(2));
    }

    private static String subject(JobLease lease) {
        return lease.job().subjectId().toString();
    }
}
