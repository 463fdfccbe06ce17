package dev.pms.ops.web;

import dev.pms.backup.BackupStatus;
import dev.pms.ops.SystemReport;
import dev.pms.platform.web.page.Layout;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The system page's model: the report, and its figures formatted for people. */
public record SystemPageView(Layout layout, SystemReport report) {

    public String connections() {
        var db = report.database();
        return db.connections() + " of " + db.maxConnections() + " (" + String.format(Locale.ROOT, "%.1f", db.percentUsed()) + " %)";
    }

    public String band() {
        return report.database().band().name().toLowerCase(Locale.ROOT);
    }

    public String uptime() {
        Duration up = Duration.ofSeconds(report.uptimeSeconds());
        return up.toDays() + " d " + up.toHoursPart() + " h " + up.toMinutesPart() + " min";
    }

    /** DEGRADED while a job worker makes no progress or queued jobs wait too long, as /api/health says. */
    public String jobsStatus() {
        return report.jobs().degraded() ? "DEGRADED" : "UP";
    }

    public String jobsBand() {
        return report.jobs().degraded() ? "warning" : "healthy";
    }

    public String oldestQueued() {
        Duration wait = report.jobs().oldestQueued();
        return wait.toMinutes() > 0 ? wait.toMinutes() + " min " + wait.toSecondsPart() + " s" : wait.toSeconds() + " s";
    }

    /** "3 h 12 min ago", or "never". */
    public String ago(Instant time) {
        if (time == null) {
            return "never";
        }
        Duration age = Duration.between(time, Instant.now());
        return (age.toDays() > 0 ? age.toDays() + " d " : "") + age.toHoursPart() + " h " + age.toMinutesPart() + " min ago ("
                + time.truncatedTo(ChronoUnit.SECONDS) + ")";
    }

    /** The bands the page's badges use: healthy, warning, critical. */
    public String band(BackupStatus.Level level) {
        return level == BackupStatus.Level.OK ? "healthy" : level.name().toLowerCase(Locale.ROOT);
    }

    public String hours(Duration age) {
        return age.toHours() + " h";
    }

    public String millis(double value) {
        return String.format(Locale.ROOT, "%,.1f ms", value);
    }

    public String rate(double rowsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f rows/s", rowsPerSecond);
    }
}
