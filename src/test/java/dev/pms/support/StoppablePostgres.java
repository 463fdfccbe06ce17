package dev.pms.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL of a test's own (a copy of the migrated data directory), on a port that stays the same, which the test
 * stops and starts again to play an outage; the node under test reaches it through {@link #url()}.
 */
public final class StoppablePostgres implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres running;

    public StoppablePostgres(String name) throws IOException {
        this.dataDir = DataDirectories.migrated(Path.of("target", name + "-db-" + ProcessHandle.current().pid()).toAbsolutePath());
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    public String url() {
        return "postgres://postgres:postgres@localhost:" + port + "/postgres";
    }

    public void start() throws IOException {
        running = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    public void stop() throws IOException {
        running.close();
        running = null;
    }

    @Override
    public void close() throws IOException {
        if (running != null) {
            stop();
        }
    }

    /** Waits until {@code path} answers 200 again, at most 20 s. */
    public static void awaitOk(Api api, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (api.get(path).status() != 200) {
            assertThat(System.nanoTime()).as(path + " answers 200 again within 20 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
