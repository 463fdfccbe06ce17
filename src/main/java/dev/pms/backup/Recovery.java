package dev.pms.backup;

import dev.pms.platform.db.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs PostgreSQL on a prepared data folder until it has replayed the WAL and been promoted, then stops it clean,
 * so that PMS starts on an ordinary data folder. The recovery settings go into postgresql.auto.conf between two
 * marker lines and are taken out again afterwards. PostgreSQL's log goes to {@code <folder>.restore.log}; when
 * recovery fails, its reason is read from there.
 */
final class Recovery {
    private static final String BEGIN = "# PMS restore: begin";
    private static final String END = "# PMS restore: end";
    private static final Duration LIMIT = Duration.ofHours(2);
    /** PostgreSQL reads at most microseconds. */
    private static final DateTimeFormatter TARGET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private Recovery() {
    }

    static void addSettings(Path data, Path wal, Instant at) {
        String dir = wal.toAbsolutePath().normalize().toString();
        StringBuilder settings = new StringBuilder("\n" + BEGIN + "\n")
                .append("restore_command = 'cp \"").append(dir).append("/%f\" \"%p\"'\n");
        if (at != null) {
            settings.append("recovery_target_time = '").append(TARGET.format(at)).append("'\n")
                    .append("recovery_target_action = 'promote'\n");
        }
        Restore.append(data.resolve("postgresql.auto.conf"), settings.append(END).append('\n').toString());
    }

    static void run(Path data, Map<String, String> settings, Instant at) {
        Path log = data.resolveSibling(data.getFileName() + ".restore.log");
        CompletableFuture<EmbeddedPostgres> starting = CompletableFuture.supplyAsync(() -> start(data, settings, log),
                command -> Thread.ofVirtual().start(command));
        EmbeddedPostgres postgres = awaitStart(starting, log, at);
        try {
            awaitPromotion(postgres, log, at);
        } finally {
            close(postgres, data);
        }
        removeSettings(data);
    }

    private static EmbeddedPostgres start(Path data, Map<String, String> settings, Path log) {
        try {
            return EmbeddedDatabase.configure(data, 0, settings).setPGStartupWait(LIMIT)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until PostgreSQL accepts connections, or its log says it gave up. */
    private static EmbeddedPostgres awaitStart(CompletableFuture<EmbeddedPostgres> starting, Path log, Instant at) {
        while (!starting.isDone()) {
            if (stopped(log)) {
                throw failure(log, at);
            }
            pause();
        }
        try {
            return starting.join();
        } catch (RuntimeException e) {
            throw failure(log, at);
        }
    }

    private static void awaitPromotion(EmbeddedPostgres postgres, Path log, Instant at) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rows = statement.executeQuery("select pg_is_in_recovery()")) {
                    rows.next();
                    if (!rows.getBoolean(1)) {
                        break;
                    }
                }
                pause();
            }
            statement.execute("checkpoint"); // so that the stop below is quick
        } catch (SQLException e) {
            throw failure(log, at);
        }
    }

    private static void close(EmbeddedPostgres postgres, Path data) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // waited for below
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (Files.exists(data.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
            pause();
        }
    }

    private static boolean stopped(Path log) {
        String text = read(log);
        return text.contains("database system is shut down") || text.contains("could not start server");
    }

    private static BackupException failure(Path log, Instant at) {
        String text = read(log);
        if (text.contains("recovery ended before configured recovery target was reached")) {
            return new BackupException("The WAL in the backups folder ends before " + at + ", so PostgreSQL cannot replay "
                    + "to that moment: choose an earlier one, or leave out --at for the latest. PostgreSQL's log: " + log);
        }
        List<String> fatal = text.lines().filter(line -> line.contains("FATAL") || line.contains("PANIC"))
                .filter(line -> !line.contains("the database system is starting up")).toList();
        return new BackupException("PostgreSQL could not recover the restored data" + (fatal.isEmpty() ? "" : ": "
                + String.join("; ", fatal)) + ". Its log: " + log);
    }

    private static void removeSettings(Path data) {
        Path conf = data.resolve("postgresql.auto.conf");
        try {
            String text = Files.readString(conf, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin >= 0 && end > begin) {
                Files.writeString(conf, text.substring(0, begin) + text.substring(end + END.length() + 1), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("The restore was interrupted", e);
        }
    }
}
