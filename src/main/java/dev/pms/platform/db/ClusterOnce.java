package dev.pms.platform.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * Runs scheduled work once per period across all nodes, though every node schedules it. A transaction-scoped
 * advisory lock lets one node in at a time (the others return at once, without waiting); the
 * {@code scheduled_runs} row tells whether the work already ran in this period. The period is checked
 * with 10% to spare, so that timers which drift a little do not skip a period. If the work fails, its run is
 * not recorded and the next node to try runs it.
 */
@Component
public class ClusterOnce {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    ClusterOnce(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} unless another node is running it or ran it within {@code period}; says whether it ran. */
    public boolean run(String name, Duration period, Runnable work) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (!lock(name) || !due(name, period)) {
                return false;
            }
            work.run();
            return true;
        }));
    }

    private boolean lock(String name) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "pms.scheduled:" + name).query(Boolean.class).single();
    }

    private boolean due(String name, Duration period) {
        return jdbc.sql("""
                        insert into scheduled_runs (name, ran_at) values (:name, now())
                        on conflict (name) do update set ran_at = excluded.ran_at
                        where scheduled_runs.ran_at <= now() - make_interval(secs => :gap)""")
                .param("name", name).param("gap", period.toMillis() * 0.9 / 1000).update() == 1;
    }
}
