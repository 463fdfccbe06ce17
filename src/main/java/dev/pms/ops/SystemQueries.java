package dev.pms.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.pms.imports.ImportQueries;
import dev.pms.jobs.JobQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Gathers the system page's figures. No transaction: each statement stands alone, so that a missing
 * statistics extension fails only its own part of the report.
 */
@Service
public class SystemQueries {
    static final String NOT_INSTALLED = "pg_stat_statements is not installed in this database. Add "
            + "shared_preload_libraries = 'pg_stat_statements' to postgresql.conf, restart PostgreSQL, then run "
            + "CREATE EXTENSION pg_stat_statements; in the PMS database as a superuser (on managed services: "
            + "enable it in the parameter group). Grant pg_read_all_stats to the PMS user to see every statement.";
    static final String NOT_PRELOADED = "pg_stat_statements is installed but not loaded: add "
            + "shared_preload_libraries = 'pg_stat_statements' to postgresql.conf and restart PostgreSQL.";
    private final SystemRepository repository;
    private final HikariDataSource pool;
    private final ImportQueries imports;
    private final ObjectProvider<BuildProperties> build;
    private final JobQueries jobs;

    SystemQueries(SystemRepository repository, HikariDataSource pool, ImportQueries imports, ObjectProvider<BuildProperties> build,
                  JobQueries jobs) {
        this.repository = repository;
        this.pool = pool;
        this.imports = imports;
        this.build = build;
        this.jobs = jobs;
    }

    public SystemReport report() {
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        return new SystemReport(version(), Instant.now().minusMillis(uptimeMillis), uptimeMillis / 1000,
                database(), pool(), slowStatements(), imports.instanceActivity(Duration.ofDays(1)), jobs.status());
    }

    private SystemReport.Database database() {
        Map<String, Integer> byState = repository.connectionsByState();
        int connections = byState.values().stream().mapToInt(Integer::intValue).sum();
        int max = repository.maxConnections();
        double percent = Math.round(1000.0 * connections / max) / 10.0;
        return new SystemReport.Database(repository.serverVersion(), max, connections, percent,
                SystemReport.Band.of(percent), byState);
    }

    private SystemReport.Pool pool() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return new SystemReport.Pool(bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getThreadsAwaitingConnection(), bean.getTotalConnections(), pool.getMaximumPoolSize());
    }

    private SystemReport.SlowStatements slowStatements() {
        if (!repository.extensionInstalled("pg_stat_statements")) {
            return new SystemReport.SlowStatements(false, NOT_INSTALLED, List.of());
        }
        try {
            return new SystemReport.SlowStatements(true, null, repository.slowestStatements(10));
        } catch (DataAccessException e) {
            return new SystemReport.SlowStatements(false, NOT_PRELOADED, List.of());
        }
    }


    private String version() {
        BuildProperties properties = build.getIfAvailable();
        if (properties != null) {
            return properties.getVersion();
        }
        String manifest = SystemQueries.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "development";
    }
}
