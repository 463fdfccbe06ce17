package dev.pms.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The backups folder: {@code wal/} holds the archived WAL segments, {@code base/<time>/} one base backup each
 * ({@code data/}, {@code manifest.sha256}, {@code backup.properties}); it is written as {@code <time>.partial/} and
 * renamed once complete.
 */
record BackupFolder(Path root) {

    static BackupFolder of(Path root) {
        return new BackupFolder(root.toAbsolutePath().normalize());
    }

    Path wal() {
        return root.resolve("wal");
    }

    Path base() {
        return root.resolve("base");
    }

    /** The complete base backups, oldest first; a folder without its backup.properties is one that did not finish. */
    List<BaseBackup> backups() {
        if (!Files.isDirectory(base())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(base())) {
            return dirs.filter(dir -> !dir.getFileName().toString().endsWith(".partial"))
                    .filter(dir -> Files.isRegularFile(dir.resolve(BaseBackup.PROPERTIES)))
                    .map(BaseBackup::read).sorted(Comparator.comparing(BaseBackup::stop)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<BaseBackup> latest() {
        List<BaseBackup> all = backups();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** When the newest WAL segment was archived (its copy's time), if any was. */
    Optional<Instant> lastArchivedWal() {
        return WalSegments.newest(wal());
    }
}
