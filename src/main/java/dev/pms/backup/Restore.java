package dev.pms.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Point-in-time restore, as PostgreSQL's docs describe it: the newest base backup finished before the moment,
 * checked against its checksums while it is copied into a new data folder; the WAL not yet archived taken from
 * the current data folder's pg_wal, when it is there; recovery.signal with restore_command and
 * recovery_target_time; PostgreSQL started on it until it has replayed to the moment and been promoted.
 * The current data folder is never written to; with {@code --replace} it is moved aside, never deleted.
 */
public final class Restore {
    private static final Logger log = LoggerFactory.getLogger(Restore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Restore() {
    }

    /** Restores and returns the restored data folder, ready for PMS to start on. */
    public static Path run(RestoreOptions options, Path backupsDir, Path currentData, Duration archiveTimeout) {
        long started = System.nanoTime();
        BackupFolder folder = BackupFolder.of(options.from() != null ? options.from() : backupsDir);
        Path current = currentData.toAbsolutePath().normalize();
        try {
            Path walSource = current;
            Path target = options.into() != null ? options.into().toAbsolutePath().normalize() : current.resolveSibling(
                    current.getFileName() + "-restored-" + STAMP.format(Instant.now()));
            requireNewFolder(target, current, options.replace());
            BaseBackup base = choose(folder, options.at(), current);
            if (options.replace()) {
                walSource = Files.exists(current) ? moveAside(current) : current;
                target = current;
            }
            prepare(base, folder, walSource, target, options.at());
            Recovery.run(target, WalArchiving.settings(folder.wal(), archiveTimeout.toSeconds()), options.at());
            log.info("Restored base backup {} and the WAL up to {} into {} in {} s", base.name(),
                    options.at() == null ? "its end" : options.at(), target, Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return target;
        } catch (IOException e) {
            throw new BackupException("The restore failed: " + e.getMessage(), e);
        }
    }

    /** The newest backup that finished before {@code at}; refuses a moment outside what the backups and WAL cover. */
    static BaseBackup choose(BackupFolder folder, Instant at, Path currentData) {
        List<BaseBackup> backups = folder.backups();
        if (backups.isEmpty()) {
            throw new BackupException("There is no complete base backup in " + folder.base() + ": take one with ./pms backup");
        }
        if (at == null) {
            return backups.getLast();
        }
        Instant earliest = backups.getFirst().stop();
        if (at.isBefore(earliest)) {
            throw new BackupException("Cannot restore to " + at + ": that is before the oldest backup in " + folder.root()
                    + ", which finished at " + earliest + ". The earliest moment it can restore is " + earliest + ".");
        }
        Instant latest = latestWal(folder, currentData, backups.getLast()).orElse(earliest);
        if (at.isAfter(latest)) {
            throw new BackupException("Cannot restore to " + at + ": that is after the last archived WAL (" + latest
                    + "). The latest moment " + folder.root() + " can restore is " + latest + "; leave out --at to restore it.");
        }
        return backups.stream().filter(b -> !b.stop().isAfter(at)).reduce((a, b) -> b).orElseThrow();
    }

    /** When the last WAL was written: archived, or still only in the current data folder's pg_wal. */
    private static Optional<Instant> latestWal(BackupFolder folder, Path currentData, BaseBackup backup) {
        Optional<Instant> archived = folder.lastArchivedWal();
        Optional<Instant> unarchived = unarchived(folder, currentData, backup).stream().map(WalSegments::modified).max(Instant::compareTo);
        return Stream.of(archived, unarchived).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** The current data folder's WAL segments of this database that the archive lacks: the last minutes before a crash. */
    static List<Path> unarchived(BackupFolder folder, Path currentData, BaseBackup backup) {
        return WalSegments.list(currentData.resolve("pg_wal")).stream()
                .filter(segment -> !Files.exists(folder.wal().resolve(segment.getFileName())))
                .filter(segment -> WalSegments.belongsTo(segment, backup.systemId(), backup.segmentSize()))
                .toList();
    }

    private static void prepare(BaseBackup base, BackupFolder folder, Path walSource, Path target, Instant at) throws IOException {
        Files.deleteIfExists(target); // an empty folder given with --into
        DataCopy.copyVerified(base.data(), target, Manifest.read(base.manifest()));
        for (Path segment : unarchived(folder, walSource, base)) {
            Files.copy(segment, target.resolve("pg_wal").resolve(segment.getFileName()));
        }
        Files.createFile(target.resolve("recovery.signal"));
        Recovery.addSettings(target, folder.wal(), at);
    }

    private static void requireNewFolder(Path target, Path current, boolean replace) throws IOException {
        if (replace) {
            if (RunningServer.port(current).isPresent()) {
                throw new BackupException("PostgreSQL is still running on " + current + ": stop PMS before restoring over it");
            }
            return;
        }
        if (target.equals(current)) {
            throw new BackupException(target + " is the current data folder: restore into a new one, or add --replace "
                    + "to move the current one aside and restore in its place");
        }
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new BackupException(target + " already exists and is not empty: restore into a new folder");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Path moveAside(Path current) throws IOException {
        Path aside = current.resolveSibling(current.getFileName() + ".before-restore-" + STAMP.format(Instant.now()));
        Files.move(current, aside);
        log.info("Moved the current data folder aside to {}", aside);
        return aside;
    }

    static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
