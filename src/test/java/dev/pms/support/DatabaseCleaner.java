package dev.pms.support;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Empties every application table; not Flyway's history, nor the server's keys, which every running node has read
 * once and keeps, as in production.
 * <p>
 * A test leaves rows in a dozen small tables. TRUNCATE gives every table, index and TOAST table a new file, which
 * costs tens of milliseconds per test whether a table held rows or not; deleting the rows of the tables that hold
 * some costs a few. So the tables that hold rows are found first and their rows deleted in one transaction, with
 * the foreign keys' and the audit log's triggers off ({@code session_replication_role = replica}: every table
 * is emptied, so no reference is left dangling). A table with many rows (an import) is truncated instead.
 * <p>
 * A transaction a test left open (a connection never given back, a worker that hangs) would make the cleaner wait for
 * its locks for ever, and the whole run with it; the cleaner waits {@link #LOCK_WAIT} at most and then fails the test,
 * naming the transactions still open.
 */
public final class DatabaseCleaner {
    /** Above this many rows in a table, TRUNCATE is the cheaper way. */
    private static final int MANY = 5_000;
    /** Far above the moment a job worker needs to finish after its test (see {@link #retried}), even on a loaded machine. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(20);

    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc) {
        clean(jdbc, LOCK_WAIT);
    }

    static void clean(JdbcClient jdbc, Duration lockWait) {
        List<String> tables = applicationTables(jdbc);
        if (tables.isEmpty()) {
            return;
        }
        List<TableRows> filled = filled(jdbc, tables);
        if (filled.stream().anyMatch(t -> t.rows() > MANY)) {
            retried(jdbc, lockWait, "truncate " + String.join(", ", tables) + " cascade; ");
        } else if (!filled.isEmpty()) {
            retried(jdbc, lockWait, "perform set_config('session_replication_role', 'replica', true); "
                    + filled.stream().map(t -> "delete from " + t.table() + "; ").collect(Collectors.joining()));
        }
    }

    /** The application's tables (quoted names): not Flyway's history, nor the server's keys. */
    static List<String> applicationTables(JdbcClient jdbc) {
        return jdbc.sql("""
                        select quote_ident(tablename) from pg_tables
                        where schemaname = 'public' and tablename not in ('flyway_schema_history', 'server_secrets')
                        order by tablename""")
                .query(String.class).list();
    }

    /** The application's tables that hold rows, in one statement. */
    static List<String> filledTables(JdbcClient jdbc) {
        List<String> tables = applicationTables(jdbc);
        return tables.isEmpty() ? tables : filled(jdbc, tables).stream().map(TableRows::table).toList();
    }

    private record TableRows(String table, long rows) {
    }

    /** The tables that hold rows, each with its count up to {@link #MANY} + 1, in one statement. */
    private static List<TableRows> filled(JdbcClient jdbc, List<String> tables) {
        String counts = tables.stream()
                .map(t -> "select '" + t.replace("'", "''") + "' as t, (select count(*) from (select 1 from " + t + " limit " + (MANY + 1) + ") x) as n")
                .collect(Collectors.joining(" union all "));
        return jdbc.sql("select t, n from (" + counts + ") c where n > 0")
                .query((rs, i) -> new TableRows(rs.getString(1), rs.getLong(2))).list();
    }

    /**
     * A job worker may still be busy after the test has seen its job end (an import tidies the search index
     * just after it commits); PostgreSQL then breaks the lock cycle by failing one side, so try again. A lock not
     * granted within the wait is no such cycle: the test fails at once.
     */
    private static void retried(JdbcClient jdbc, Duration lockWait, String statements) {
        String sql = "do $$ begin perform set_config('lock_timeout', '" + lockWait.toMillis() + "ms', true); " + statements + "end $$";
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql(sql).update();
                return;
            } catch (DataAccessException e) {
                if (lockTimedOut(e)) {
                    String waited = lockWait.toSeconds() > 0 ? lockWait.toSeconds() + " s" : lockWait.toMillis() + " ms";
                    throw new IllegalStateException("The tables could not be emptied before the test: another transaction held their locks for "
                            + waited + ". Transactions still open: " + openTransactions(jdbc), e);
                }
                if (!(e instanceof PessimisticLockingFailureException) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static boolean lockTimedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Who holds what the cleaner waited for: every other open transaction, with its application and last statement. */
    private static String openTransactions(JdbcClient jdbc) {
        List<String> open = jdbc.sql("""
                        select coalesce(nullif(application_name, ''), 'a client') || ' (' || state || ' for '
                               || extract(epoch from clock_timestamp() - xact_start)::int || ' s): ' || left(query, 200)
                        from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null""")
                .query(String.class).list();
        return open.isEmpty() ? "none any more" : String.join("; ", open);
    }
}
