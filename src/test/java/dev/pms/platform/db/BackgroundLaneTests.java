package dev.pms.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.support.SmallLimitsTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Job workers take connections from their own pool: busy workers never leave a page request waiting for one. */
class BackgroundLaneTests extends SmallLimitsTest {
    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("jobsDataSource")
    HikariDataSource jobs;

    @Autowired
    @Qualifier("requestsDataSource")
    HikariDataSource requests;

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
        int held = requests.getMaximumPoolSize();
        assertThat(jobs.getMaximumPoolSize()).as("the jobs pool can hold as many").isGreaterThanOrEqualTo(held);
        Team team = Team.create(port);
        CountDownLatch holding = new CountDownLatch(held);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < held; i++) {
                workers.submit(() -> Background.run(() -> holdConnection(holding, release)));
            }
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            // at least: the job workers may be using one of their own at this moment
            assertThat(jobs.getHikariPoolMXBean().getActiveConnections()).isGreaterThanOrEqualTo(held);
            long start = System.nanoTime();
            Response page = team.owner().get(team.path("/tasks?limit=50"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(millis).as("task list while background work holds %d connections", held).isLessThan(1500);
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
