package dev.pms.ops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PostgreSQL's own statistics views, and the imports table's counts for the last day. Those are
 * cross-workspace operator figures, read here so that the system page works whether or not the imports
 * module is installed: the table's existence is checked first.
 */
@Repository
class SystemRepository {
    private final JdbcClient jdbc;

    SystemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String serverVersion() {
        return jdbc.sql("show server_version").query(String.class).single();
    }

    int maxConnections() {
        return jdbc.sql("select current_setting('max_connections')::int").query(Integer.class).single();
    }

    Map<String, Integer> connectionsByState() {
        Map<String, Integer> byState = new LinkedHashMap<>();
        jdbc.sql("""
                        select coalesce(state, 'unknown') as state, count(*)::int as connections
                        from pg_stat_activity where backend_type = 'client backend'
                        group by 1 order by 2 desc""")
                .query((rs, n) -> byState.put(rs.getString("state"), rs.getInt("connections"))).list();
        return byState;
    }

    boolean extensionInstalled(String name) {
        return jdbc.sql("select exists (select 1 from pg_extension where extname = :name)")
                .param("name", name).query(Boolean.class).single();
    }

    /** Fails when the extension is installed but not preloaded (shared_preload_libraries). */
    List<SystemReport.Statement> slowestStatements(int limit) {
        return jdbc.sql("""
                        select left(regexp_replace(query, '\\s+', ' ', 'g'), 1000) as query, calls,
                               mean_exec_time, total_exec_time, rows
                        from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = current_database())
                        order by mean_exec_time desc
                        limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new SystemReport.Statement(rs.getString("query"), rs.getLong("calls"),
                        rs.getDouble("mean_exec_time"), rs.getDouble("total_exec_time"), rs.getLong("rows")))
                .list();
    }

    boolean tableExists(String name) {
        return jdbc.sql("select to_regclass(:name) is not null").param("name", "public." + name).query(Boolean.class).single();
    }

    SystemReport.Imports importsOfLastDay() {
        return jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where status = 'SUCCEEDED') as succeeded,
                               count(*) filter (where status = 'FAILED') as failed,
                               count(*) filter (where status in ('QUEUED', 'RUNNING')) as in_progress,
                               coalesce(sum(rows_inserted) filter (where status = 'SUCCEEDED'), 0) as rows_inserted,
                               coalesce(sum(extract(epoch from finished_at - started_at)) filter (where status = 'SUCCEEDED'), 0) as seconds,
                               coalesce(max(rows_inserted / nullif(extract(epoch from finished_at - started_at), 0))
                                        filter (where status = 'SUCCEEDED'), 0) as fastest
                        from imports where created_at > now() - interval '24 hours'""")
                .query((rs, n) -> {
                    double seconds = rs.getDouble("seconds");
                    long rows = rs.getLong("rows_inserted");
                    return new SystemReport.Imports(true, rs.getLong("total"), rs.getLong("succeeded"), rs.getLong("failed"),
                            rs.getLong("in_progress"), rows, seconds > 0 ? rows / seconds : 0, rs.getDouble("fastest"));
                })
                .single();
    }
}
