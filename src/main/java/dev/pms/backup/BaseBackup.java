package dev.pms.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * One complete base backup: when PostgreSQL's backup started and stopped, the WAL segment replay starts from,
 * the server it came from, and its size.
 *
 * @param startWal the segment of the backup's start (backup_label's START WAL LOCATION); older WAL is not needed
 * @param systemId PostgreSQL's database system identifier, which WAL segments carry too
 */
record BaseBackup(Path dir, Instant start, Instant stop, String startWal, long systemId, long segmentSize,
                  long files, long bytes) {
    static final String PROPERTIES = "backup.properties";
    static final String MANIFEST = "manifest.sha256";

    String name() {
        return dir.getFileName().toString();
    }

    Path data() {
        return dir.resolve("data");
    }

    Path manifest() {
        return dir.resolve(MANIFEST);
    }

    static BaseBackup read(Path dir) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BaseBackup(dir, Instant.parse(p.getProperty("start")), Instant.parse(p.getProperty("stop")),
                p.getProperty("startWal"), Long.parseLong(p.getProperty("systemId")),
                Long.parseLong(p.getProperty("segmentSize")), Long.parseLong(p.getProperty("files")),
                Long.parseLong(p.getProperty("bytes")));
    }

    /** Written last, through a temporary file: a backup folder with this file is complete. */
    void write() throws IOException {
        Properties p = new Properties();
        p.setProperty("start", start.toString());
        p.setProperty("stop", stop.toString());
        p.setProperty("startWal", startWal);
        p.setProperty("systemId", Long.toString(systemId));
        p.setProperty("segmentSize", Long.toString(segmentSize));
        p.setProperty("files", Long.toString(files));
        p.setProperty("bytes", Long.toString(bytes));
        Path temp = dir.resolve(PROPERTIES + ".part");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "PMS base backup");
        }
        Files.move(temp, dir.resolve(PROPERTIES), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
