package dev.pms.ops;

import dev.pms.backup.BackupQueries;
import dev.pms.imports.ImportQueries;
import dev.pms.jobs.JobQueries;
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
    private final NodeFacts node;
    private final ImportQueries imports;
    private final JobQueries jobs;
    private final BackupQueries backups;

    SystemQueries(SystemRepository repository, NodeFacts node, ImportQueries imports, JobQueries jobs, BackupQueries backups) {
        this.repository = repository;
        this.node = node;
        this.imports = imports;
        this.jobs = jobs;
        this.backups = backups;
    }

    public SystemReport report() {
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        return new SystemReport(node.version(), Instant.now().minusMillis(uptimeMillis), uptimeMillis / 1000,
                database(), node.pool(), slowStatements(), imports.instanceActivity(Duration.ofDays(1)), jobs.status(),
                backups.status());
    }

    private SystemReport.Database database() {
        Map<String, Integer> byState = repository.connectionsByState();
        int connections = byState.values().stream().mapToInt(Integer::intValue).sum();
        int max = repository.maxConnections();
        double percent = Math.round(1000.0 * connections / max) / 10.0;
        return new SystemReport.Database(repository.serverVersion(), max, connections, percent,
                SystemReport.Band.of(percent), byState);
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

}
