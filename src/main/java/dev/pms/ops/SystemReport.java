package dev.pms.ops;

import dev.pms.backup.BackupStatus;
import dev.pms.imports.ImportActivity;
import dev.pms.jobs.JobsStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an instance admin sees on the system page, and gets from {@code GET /api/v1/admin/system}. */
public record SystemReport(String version, Instant startedAt, long uptimeSeconds, Database database, Pool pool,
                           SlowStatements slowStatements, ImportActivity importsLastDay, JobsStatus jobs,
                           BackupStatus backups) {

    /** PostgreSQL's connections (client backends) by state, against {@code max_connections}. */
    public record Database(String serverVersion, int maxConnections, int connections, double percentUsed, Band band,
                           Map<String, Integer> byState) {
    }

    /** The seed's bands: below 70 % healthy, 70–90 % warning, above 90 % critical. */
    public enum Band {
        HEALTHY, WARNING, CRITICAL;

        static Band of(double percentUsed) {
            return percentUsed > 90 ? CRITICAL : percentUsed >= 70 ? WARNING : HEALTHY;
        }
    }

    /** This node's HikariCP pool; pending = threads waiting for a connection. */
    public record Pool(int active, int idle, int pending, int total, int max) {
    }

    /** The slowest statements by mean time, or why there are none and how to get them. */
    public record SlowStatements(boolean available, String hint, List<Statement> top) {
    }

    public record Statement(String query, long calls, double meanMillis, double totalMillis, long rows) {
    }
}
