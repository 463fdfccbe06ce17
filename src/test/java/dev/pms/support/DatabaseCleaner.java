package dev.pms.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** Empties every application table (not Flyway's history) in one statement. */
public final class DatabaseCleaner {
    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select quote_ident(tablename) from pg_tables
                        where schemaname = 'public' and tablename <> 'flyway_schema_history'""")
                .query(String.class).list();
        if (!tables.isEmpty()) {
            jdbc.sql("truncate " + String.join(", ", tables) + " cascade").update();
        }
    }
}
