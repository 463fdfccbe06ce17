package dev.pms.backup;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The backups' state, read from the backups folder, and as gauges: {@code pms_backup_age_seconds} and
 * {@code pms_backup_wal_age_seconds} (+Inf while there is none, so that "too old" alerts fire for "never").
 * Read at most every 10 s, so that scrapes do not list a big WAL folder each time.
 */
@Service
public class BackupQueries {
    private static final Duration FRESH = Duration.ofSeconds(10);
    private final BackupProperties properties;
    private final WalArchiving archiving;
    private volatile BackupStatus cached;
    private volatile Instant readAt = Instant.EPOCH;

    BackupQueries(BackupProperties properties, WalArchiving archiving, MeterRegistry registry) {
        this.properties = properties;
        this.archiving = archiving;
        Gauge.builder("pms.backup.age", () -> age(status().lastBackup())).baseUnit("seconds")
                .description("Age of the last base backup of the embedded database").register(registry);
        Gauge.builder("pms.backup.wal.age", () -> age(status().lastArchivedWal())).baseUnit("seconds")
                .description("Age of the last archived WAL segment of the embedded database").register(registry);
    }

    public BackupStatus status() {
        if (!archiving.active()) {
            return BackupStatus.off();
        }
        Instant now = Instant.now();
        if (cached == null || readAt.plus(FRESH).isBefore(now)) {
            cached = read(now);
            readAt = now;
        }
        return cached;
    }

    private BackupStatus read(Instant now) {
        BackupFolder folder = BackupFolder.of(properties.dir());
        List<BaseBackup> backups = folder.backups();
        Instant lastBackup = backups.isEmpty() ? null : backups.getLast().stop();
        Instant lastWal = folder.lastArchivedWal().orElse(null);
        return new BackupStatus(true, folder.root().toString(), backups.size(), lastBackup, lastWal,
                level(lastBackup, now), level(lastWal, now), properties.warningAge(), properties.criticalAge());
    }

    /** Forgets what was read, after a backup. */
    void refresh() {
        cached = null;
    }

    private BackupStatus.Level level(Instant time, Instant now) {
        return BackupStatus.Level.of(time, now, properties.warningAge(), properties.criticalAge());
    }

    private static double age(Instant time) {
        return time == null ? Double.POSITIVE_INFINITY : Duration.between(time, Instant.now()).toMillis() / 1000.0;
    }
}
