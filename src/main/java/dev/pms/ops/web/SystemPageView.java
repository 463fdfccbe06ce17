package dev.pms.ops.web;

import dev.pms.ops.SystemReport;
import dev.pms.platform.web.page.Layout;

import java.time.Duration;
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

    public String millis(double value) {
        return String.format(Locale.ROOT, "%,.1f ms", value);
    }

    public String rate(double rowsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f rows/s", rowsPerSecond);
    }
}
