package dev.pms.support;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

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
 */
public final class DatabaseCleaner {
    /** Above this many rows in a table, TRUNCATE is the cheaper way. */
    private static final int MANY = 5_000;

    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select quote_ident(tablename) from pg_tables
                        where schemaname = 'public' and tablename not in ('flyway_schema_history', 'server_secrets')""")
                .query(String.class).list();
        if (tables.isEmpty()) {
            return;
        }
        List<TableRows> filled = filled(jdbc, tables);
        if (filled.stream().anyMatch(t -> t.rows() > MANY)) {
            retried(jdbc, "truncate " + String.join(", ", tables) + " cascade");
        } else if (!filled.isEmpty()) {
            retried(jdbc, "do $$ begin perform set_config('session_replication_role', 'replica', true); "
                    + filled.stream().map(t -> "delete from " + t.table() + "; ").collect(Collectors.joining()) + "end $$");
        }
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
     * just after it commits); PostgreSQL then breaks the lock cycle by failing one side, so try again.
     */
    private static void retried(JdbcClient jdbc, String sql) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql(sql).update();
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
