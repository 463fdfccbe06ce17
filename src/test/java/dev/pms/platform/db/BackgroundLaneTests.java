package dev.pms.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Job workers take connections from their own pool: busy workers never leave a page request waiting for one. */
@TestPropertySource(properties = {"pms.database.jobs-pool-size=3", "spring.datasource.hikari.maximum-pool-size=3"})
class BackgroundLaneTests extends IntegrationTest {
    private static final int HELD = 3;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("jobsDataSource")
    HikariDataSource jobs;

    @Test
    void backgroundWorkGetsTheJobsPoolAndEverythingElseTheRequestsPool() {
        JdbcClient db = JdbcClient.create(dataSource);
        String query = "select current_setting('application_name')";
        assertThat(db.sql(query).query(String.class).single()).isEqualTo("pms");
        AtomicReference<String> inBackground = new AtomicReference<>();
        Background.run(() -> inBackground.set(db.sql(query).query(String.class).single()));
        assertThat(inBackground.get()).isEqualTo("pms-jobs");
    }

    /** As many connections held in the background as the requests' pool has: with one shared pool the page would starve. */
    @Test
    void withBackgroundWorkHoldingConnectionsPagesStillAnswerAtOnce() throws Exception {
        Team team = Team.create(port);
        CountDownLatch held = new CountDownLatch(HELD);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < HELD; i++) {
                workers.submit(() -> Background.run(() -> holdConnection(held, release)));
            }
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(jobs.getHikariPoolMXBean().getActiveConnections()).isEqualTo(HELD);
            long start = System.nanoTime();
            Response page = team.owner().get(team.path("/tasks?limit=50"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(millis).as("task list while background work holds %d connections", HELD).isLessThan(1500);
            release.countDown();
        }
    }

    private void holdConnection(CountDownLatch held, CountDownLatch release) {
        try (Connection connection = dataSource.getConnection()) {
            held.countDown();
            release.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
