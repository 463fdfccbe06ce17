package dev.pms.task;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The per-project counters of task numbers, as an import takes them (ADR 0009): locked from the COPY or merge until
 * the import commits, so that its numbers form one range per project.
 */
@Repository
class NumberCounters {
    private static final Duration RETRY_AFTER = Duration.ofMillis(100);
    private final JdbcClient jdbc;

    NumberCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the counter rows of {@code projects} (creating missing ones) and returns their last numbers. While another
     * import holds one of them, this one waits without holding any (so two imports cannot deadlock) and tells
     * {@code waiting} every 100 ms: a job that waits for another import is not stalled, and the
     * one it waits for is watched on its own.
     */
    Map<UUID, Integer> lock(UUID workspaceId, Set<UUID> projects, Runnable waiting) {
        String[] ids = projects.stream().map(UUID::toString).sorted().toArray(String[]::new);
        insertMissing(workspaceId, ids, waiting);
        while (true) {
            jdbc.sql("savepoint task_numbers").update();
            Map<UUID, Integer> numbers = tryLock(workspaceId, ids);
            // counted on each turn: a counter deleted meanwhile (its project deleted) would otherwise be waited for forever,
            // in a transaction that holds its locks all along
            if (numbers.size() == count(workspaceId, ids)) {
                jdbc.sql("release savepoint task_numbers").update();
                return numbers;
            }
            jdbc.sql("rollback to savepoint task_numbers").update();
            waiting.run();
            pause();
        }
    }

    /**
     * Creates the counters the projects lack. An insert waits for another transaction that inserted the same counter
     * and has not ended (an import into a project's first tasks holds it until it commits), so it waits in short
     * turns, as the locks below do.
     */
    private void insertMissing(UUID workspaceId, String[] ids, Runnable waiting) {
        while (true) {
            jdbc.sql("savepoint task_numbers").update();
            try {
                jdbc.sql("set local lock_timeout = '100ms'").update();
                jdbc.sql("""
                                insert into task_numbers (workspace_id, project_id, last_number)
                                select workspace_id, id, 0 from projects where workspace_id = :ws and id = any(cast(:projects as uuid[]))
                                order by id
                                on conflict (project_id) do nothing""")
                        .param("ws", workspaceId).param("projects", ids).update();
                jdbc.sql("set local lock_timeout to default").update();
                jdbc.sql("release savepoint task_numbers").update();
                return;
            } catch (DataAccessException e) {
                if (!isLockTimeout(e)) {
                    throw e;
                }
                jdbc.sql("rollback to savepoint task_numbers").update();
                waiting.run();
                pause();
            }
        }
    }

    /** Whether {@code e} ends a wait cut by {@code lock_timeout}: SQLSTATE 55P03, which Spring leaves uncategorised. */
    static boolean isLockTimeout(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState());
    }

    private int count(UUID workspaceId, String[] ids) {
        return jdbc.sql("select count(*) from task_numbers where workspace_id = :ws and project_id = any(cast(:projects as uuid[]))")
                .param("ws", workspaceId).param("projects", ids).query(Integer.class).single();
    }

    private Map<UUID, Integer> tryLock(UUID workspaceId, String[] ids) {
        Map<UUID, Integer> numbers = new HashMap<>();
        jdbc.sql("""
                        select project_id, last_number from task_numbers
                        where workspace_id = :ws and project_id = any(cast(:projects as uuid[]))
                        order by project_id for update skip locked""")
                .param("ws", workspaceId).param("projects", ids)
                .query(rs -> {
                    numbers.put(rs.getObject("project_id", UUID.class), rs.getInt("last_number"));
                });
        return numbers;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting for another import's task numbers", e);
        }
    }
}
