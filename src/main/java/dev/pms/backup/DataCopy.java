package dev.pms.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies data directories file by file, hashing what it writes (SHA-256) or checking it against a manifest. */
final class DataCopy {
    /** Folders a base backup keeps empty, as PostgreSQL's docs on the low-level backup API list them. */
    private static final Set<String> EMPTY = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** ...files it leaves out; epg-lock is the embedded server's own lock. */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
            "tablespace_map", "pg_internal.init");
    private static final int BUFFER = 1 << 20;

    private DataCopy() {
    }

    /** Copies a live data directory into {@code to} (which must not exist) and returns what it wrote. */
    static Manifest copyLive(Path from, Path to) throws IOException {
        createDataDir(to);
        Map<String, String> hashes = new TreeMap<>();
        long[] bytes = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = from.relativize(dir);
                if (!dir.equals(from)) {
                    Files.createDirectories(to.resolve(relative));
                }
                if (relative.getNameCount() == 1 && EMPTY.contains(relative.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return dir.getFileName().toString().startsWith("pgsql_tmp") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && !SKIPPED.contains(name) && !name.startsWith("pgsql_tmp")) {
                    String relative = from.relativize(file).toString();
                    try {
                        hashes.put(relative, copy(file, to.resolve(relative), null));
                        bytes[0] += Files.size(to.resolve(relative));
                    } catch (NoSuchFileException dropped) {
                        Files.deleteIfExists(to.resolve(relative)); // a table dropped while we copied: WAL replay drops it too
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        Files.createDirectories(to.resolve("pg_wal/archive_status"));
        return new Manifest(hashes, bytes[0]);
    }

    /** Copies a base backup's files into {@code to}, each checked against the manifest on the way. */
    static void copyVerified(Path from, Path to, Manifest manifest) throws IOException {
        createDataDir(to);
        try (Stream<Path> dirs = Files.walk(from)) { // empty folders too: PostgreSQL needs pg_twophase, pg_tblspc...
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            }
        }
        for (Map.Entry<String, String> entry : manifest.hashes().entrySet()) {
            Path target = to.resolve(entry.getKey());
            Files.createDirectories(target.getParent());
            copy(from.resolve(entry.getKey()), target, entry.getValue());
        }
        for (String dir : EMPTY) {
            Files.createDirectories(to.resolve(dir));
        }
        Files.createDirectories(to.resolve("pg_wal/archive_status"));
    }

    /** Reads every file of a backup and compares it with the manifest; names the first one that differs. */
    static void verify(Path data, Manifest manifest) throws IOException {
        for (Map.Entry<String, String> entry : manifest.hashes().entrySet()) {
            String actual = hash(data.resolve(entry.getKey()));
            if (!actual.equals(entry.getValue())) {
                throw new BackupException(mismatch(data.resolve(entry.getKey())));
            }
        }
    }

    static String hash(Path file) throws IOException {
        MessageDigest sha = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        try (FileChannel in = FileChannel.open(file)) {
            while (in.read(buffer) >= 0) {
                sha.update(buffer.flip());
                buffer.clear();
            }
        } catch (NoSuchFileException e) {
            throw new BackupException(file + " is missing from the backup", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Copies and fsyncs one file; with {@code expected}, refuses one whose SHA-256 differs. Returns the hash. */
    static String copy(Path from, Path to, String expected) throws IOException {
        MessageDigest sha = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        try (FileChannel in = FileChannel.open(from);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (in.read(buffer) >= 0) {
                buffer.flip();
                sha.update(buffer.duplicate());
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                buffer.clear();
            }
            out.force(false);
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (expected != null && !expected.equals(hash)) {
            throw new BackupException(mismatch(from));
        }
        return hash;
    }

    private static String mismatch(Path file) {
        return "The backup is damaged: " + file + " does not match the checksum recorded when it was taken. "
                + "Restore from another backup (--from) or an older one (--at).";
    }

    /** PostgreSQL refuses a data directory that others may read. */
    private static void createDataDir(Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
