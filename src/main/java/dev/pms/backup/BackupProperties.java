package dev.pms.backup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Backups of the embedded database (an external DATABASE_URL is backed up with its operator's own tools).
 *
 * @param enabled        WAL archiving and scheduled base backups on or off
 * @param dir            the backups folder: {@code wal/} (the archive) and {@code base/} (one folder per base backup)
 * @param schedule       a cron expression (Spring's six fields, or a macro such as {@code @daily}) for base backups
 * @param keep           base backups kept; older ones, and the WAL only they needed, are deleted
 * @param archiveTimeout a WAL segment is archived after at most this long even if not full (bounds what a lost disk loses)
 * @param firstOnStart   take a base backup at start when the folder has none, so that the archive is usable at once
 * @param warningAge     a backup or archived WAL older than this is a warning on the system page
 * @param criticalAge    ...and older than this critical
 */
@Validated
@ConfigurationProperties("pms.backup")
public record BackupProperties(boolean enabled, @NotNull Path dir, @NotBlank String schedule, @Positive int keep,
                               @NotNull Duration archiveTimeout, boolean firstOnStart,
                               @NotNull Duration warningAge, @NotNull Duration criticalAge) {
}
