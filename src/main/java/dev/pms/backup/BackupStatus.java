package dev.pms.backup;

import java.time.Duration;
import java.time.Instant;

/**
 * The embedded database's backups as the system page shows them: the last base backup and the last archived WAL
 * segment, each with its age and level. {@code active} is false for an external database or with backups off.
 */
public record BackupStatus(boolean active, String folder, int baseBackups, Instant lastBackup, Instant lastArchivedWal,
                           Level backupLevel, Level walLevel, Duration warningAge, Duration criticalAge) {

    /** OK below the warning age; none at all is critical. */
    public enum Level {
        OK, WARNING, CRITICAL, OFF;

        static Level of(Instant time, Instant now, Duration warning, Duration critical) {
            if (time == null) {
                return CRITICAL;
            }
            Duration age = Duration.between(time, now);
            return age.compareTo(critical) > 0 ? CRITICAL : age.compareTo(warning) > 0 ? WARNING : OK;
        }
    }

    static BackupStatus off() {
        return new BackupStatus(false, null, 0, null, null, Level.OFF, Level.OFF, null, null);
    }
}
