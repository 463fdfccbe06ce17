package dev.pms.task;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An import's wait for the task-number counters another transaction holds. */
class NumberCountersTests extends IntegrationTest {
    @Autowired
    NumberCounters counters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void aWaitForACounterThatIsDeletedMeanwhileEndsInsteadOfWaitingForever() throws Exception {
        Team team = Team.create(port);
        team.task(team.owner(), "Gives the project its counter");
        UUID workspace = UUID.fromString(team.workspaceId);
        UUID project = UUID.fromString(team.projectId);
        try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            sql.execute("select 1 from task_numbers where project_id = '" + project + "' for update");
            CountDownLatch waiting = new CountDownLatch(1);
            CompletableFuture<Map<UUID, Integer>> locked = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                    .execute(status -> counters.lock(workspace, Set.of(project), waiting::countDown)));
            assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the import waits for the counter the other transaction holds").isTrue();
            // as deleting the project does, by its cascade
            sql.execute("delete from task_numbers where project_id = '" + project + "'");
            other.commit();
            assertThat(locked.get(10, TimeUnit.SECONDS)).as("no counter left to wait for").isEmpty();
        }
    }
}
