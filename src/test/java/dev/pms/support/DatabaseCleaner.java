package dev.pms.support;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Empties every application table in one statement; not Flyway's history, nor the server's keys, which every
 * running node has read once and keeps, as in production.
 */
public final class DatabaseCleaner {
    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select quote_ident(tablename) from pg_tables
                        where schemaname = 'public' and tablename not in ('flyway_schema_history', 'server_secrets')""")
                .query(String.class).list();
        if (!tables.isEmpty()) {
            truncate(jdbc, "truncate " + String.join(", ", tables) + " cascade");
        }
    }

    /**
     * A job worker may still be busy after the test has seen its job end (an import tidies the search index
     * just after it commits); PostgreSQL then breaks the lock cycle by failing one side, so try again.
     */
    private static void truncate(JdbcClient jdbc, String sql) {
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
