package dev.pms.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * Takes a base backup while PMS serves, with PostgreSQL's non-exclusive backup API: pg_backup_start, a file copy
 * of the data directory, pg_backup_stop on the same connection, whose backup_label goes into the copy. The copy is
 * torn where pages changed meanwhile; replaying the archived WAL from the label's start repairs it, which is why
 * pg_backup_stop waits until that WAL is archived. Each file's SHA-256 is recorded while copying and the written
 * copy read back against it. One backup at a time (an advisory lock), on a connection of its own, so that it takes
 * none of the pools' connections for its minutes.
 */
@Service
public class BackupService {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private final HikariDataSource pool;
    private final BackupProperties properties;

    BackupService(HikariDataSource pool, BackupProperties properties) {
        this.pool = pool;
        this.properties = properties;
    }

    /** Takes a base backup now, then applies the retention; says what it took. */
    public String take() {
        BackupFolder folder = BackupFolder.of(properties.dir());
        long started = System.nanoTime();
        try (Connection connection = connect()) {
            exec(connection, "select pg_advisory_lock(hashtextextended('pms.backup', 0))");
            requireArchiving(connection);
            BaseBackup backup = copy(connection, folder);
            Retention.apply(folder, properties.keep());
            String summary = "Base backup " + backup.name() + ": " + backup.files() + " files, " + backup.bytes() / (1024 * 1024)
                    + " MB in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms, checksums verified, in " + folder.base();
            log.info(summary);
            return summary;
        } catch (SQLException | IOException e) {
            throw new BackupException("The base backup failed: " + e.getMessage(), e);
        }
    }

    private BaseBackup copy(Connection connection, BackupFolder folder) throws SQLException, IOException {
        Path dataDir = Path.of(query(connection, "show data_directory"));
        Instant start = Instant.now();
        Path partial = folder.base().resolve(NAME.format(start) + ".partial");
        try {
            String startWal = query(connection, "select pg_walfile_name(pg_backup_start('pms " + NAME.format(start) + "', true))");
            Manifest copied = DataCopy.copyLive(dataDir, partial.resolve("data"));
            Manifest manifest = stop(connection, partial.resolve("data"), copied);
            manifest.write(partial.resolve(BaseBackup.MANIFEST));
            DataCopy.verify(partial.resolve("data"), manifest);
            new BaseBackup(partial, start, Instant.now(), startWal,
                    Long.parseLong(query(connection, "select system_identifier from pg_control_system()")),
                    Long.parseLong(query(connection, "select setting from pg_settings where name = 'wal_segment_size'")),
                    manifest.hashes().size(), manifest.bytes()).write();
            Path done = folder.base().resolve(NAME.format(start));
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
            return BaseBackup.read(done);
        } catch (SQLException | IOException | RuntimeException e) {
            Retention.deleteTree(partial);
            throw e;
        }
    }

    /** Ends the backup once its WAL is archived, and adds the backup_label (and tablespace_map) it returns. */
    private static Manifest stop(Connection connection, Path data, Manifest copied) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
             ResultSet stop = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
            stop.next();
            var hashes = new java.util.TreeMap<>(copied.hashes());
            long bytes = copied.bytes();
            for (String[] file : new String[][]{{"backup_label", stop.getString(1)}, {"tablespace_map", stop.getString(2)}}) {
                if (file[1] != null && !file[1].isEmpty()) {
                    Files.writeString(data.resolve(file[0]), file[1], StandardCharsets.UTF_8);
                    hashes.put(file[0], DataCopy.hash(data.resolve(file[0])));
                    bytes += file[1].length();
                }
            }
            return new Manifest(hashes, bytes);
        }
    }

    private static void requireArchiving(Connection connection) throws SQLException {
        if (!"on".equals(query(connection, "show archive_mode"))) {
            throw new BackupException("WAL archiving is off on this PostgreSQL, so a base backup could not be restored "
                    + "to any moment: start PMS with PMS_BACKUP_ENABLED=true (the default) and the embedded database");
        }
    }

    private Connection connect() throws SQLException {
        Properties login = new Properties();
        if (pool.getUsername() != null) {
            login.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            login.setProperty("password", pool.getPassword());
        }
        login.setProperty("ApplicationName", "pms-backup");
        return DriverManager.getConnection(pool.getJdbcUrl(), login);
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
