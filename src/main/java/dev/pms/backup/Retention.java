package dev.pms.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the newest base backups and the WAL they need: a segment older than the oldest kept backup's start is of
 * no use to any restore (pg_archivecleanup's rule). Timeline history files are kept; they are tiny and every
 * restore needs them. Runs after a backup, under the backup's lock, so a leftover {@code .partial} is a dead one.
 */
final class Retention {
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private Retention() {
    }

    static void apply(BackupFolder folder, int keep) throws IOException {
        List<BaseBackup> backups = folder.backups();
        for (BaseBackup old : backups.subList(0, Math.max(0, backups.size() - keep))) {
            deleteTree(old.dir());
            log.info("Deleted base backup {} (keeping the newest {})", old.name(), keep);
        }
        try (Stream<Path> dirs = Files.list(folder.base())) {
            dirs.filter(dir -> dir.getFileName().toString().endsWith(".partial")).forEach(Retention::deleteTree);
        }
        List<BaseBackup> kept = folder.backups();
        if (!kept.isEmpty()) {
            deleteWalBefore(folder.wal(), kept.getFirst().startWal());
        }
    }

    private static void deleteWalBefore(Path wal, String oldestNeeded) throws IOException {
        try (Stream<Path> files = Files.list(wal)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.length() >= 24 && WalSegments.isSegment(name.substring(0, 24)) && !name.endsWith(".history")
                        && WalSegments.before(name, oldestNeeded)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
