package dev.pms.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL 18 that PMS runs by itself when no external database is configured. Its data
 * directory survives restarts and fsync stays on: this is the real store, not a test double.
 * One server per data directory and JVM, so that several application contexts (tests) share it.
 */
public final class EmbeddedDatabase {
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {
    }

    /** The server on {@code dataDir}, started with {@code extra} settings (WAL archiving) by the first caller. */
    static EmbeddedPostgres start(Path dataDir, int port, Map<String, String> extra) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> launch(dir, port, extra));
    }

    private static EmbeddedPostgres launch(Path dir, int port, Map<String, String> extra) {
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres postgres = configure(dir, port, extra).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * The settings PMS runs its PostgreSQL with, plus {@code extra}: also what a restore recovers with, since a
     * server in recovery needs max_connections and the like at least as high as the server whose WAL it replays.
     */
    public static EmbeddedPostgres.Builder configure(Path dir, int port, Map<String, String> extra) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "top")
                .setServerConfig("max_wal_size", "4GB") // a 1,000,000-row import writes about 1.5 GB of WAL: no checkpoint in its middle
                // a 100,000-row import writes 151 MB of WAL: with the default 8 MB of buffers its backend found them full
                // about 10,000 times and wrote them out itself; with 64 MB none, and the raw COPY took 3 % less
                // (bench/copy-variants.sh, docs/benchmarks.md 2026-12-03)
                .setServerConfig("wal_buffers", "64MB")
                .setServerConfig("listen_addresses", "localhost");
        extra.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; PostgreSQL recovers from its WAL on the next start
        }
    }
}
