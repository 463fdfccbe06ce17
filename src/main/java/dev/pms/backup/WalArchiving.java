package dev.pms.backup;

import dev.pms.platform.db.DatabaseProperties;
import dev.pms.platform.db.EmbeddedServerSettings;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns on continuous WAL archiving of the embedded PostgreSQL into the backups folder. The command never
 * overwrites a segment already archived, and a segment appears under its name only once it is whole and on disk
 * (copy, fsync, rename), so that a crash in the middle of archiving leaves no truncated segment behind.
 */
@Component
class WalArchiving implements EmbeddedServerSettings {
    private final BackupProperties backup;
    private final DatabaseProperties database;

    WalArchiving(BackupProperties backup, DatabaseProperties database) {
        this.backup = backup;
        this.database = database;
    }

    /** Archiving happens, and base backups are scheduled, only for the embedded database and when enabled. */
    boolean active() {
        return backup.enabled() && database.embedded();
    }

    @Override
    public Map<String, String> settings() {
        return active() ? settings(BackupFolder.of(backup.dir()).wal(), backup.archiveTimeout().toSeconds()) : Map.of();
    }

    /** Also what a restored server runs with, so that it keeps archiving into the same folder on a new timeline. */
    static Map<String, String> settings(Path walDir, long archiveTimeoutSeconds) {
        try {
            Files.createDirectories(walDir);
        } catch (IOException e) {
            throw new BackupException("Cannot create the WAL archive folder " + walDir + ": " + e.getMessage(), e);
        }
        String dir = walDir.toAbsolutePath().normalize().toString();
        if (dir.contains("'") || dir.contains("\"") || dir.contains("\\")) {
            throw new BackupException("The backups folder " + dir + " has a quote or backslash in its path; choose "
                    + "another PMS_BACKUP_DIR");
        }
        String target = "\"" + dir + "/%f\"";
        String part = "\"" + dir + "/%f.part\"";
        String command = "test ! -f " + target + " && cp \"%p\" " + part + " && sync " + part + " && mv " + part + " " + target;
        // pg_ctl hands its options to a shell: the single quotes keep the command one argument
        return Map.of("archive_mode", "on", "archive_command", "'" + command + "'",
                "archive_timeout", Long.toString(archiveTimeoutSeconds), "wal_level", "replica");
    }
}
