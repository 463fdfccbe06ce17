package dev.pms.backup;

import dev.pms.PmsApplication;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.Response;
import dev.pms.support.StartsNodes;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PMS in a process of its own, a base backup taken with {@code ./pms backup}'s code while it serves, then
 * {@code kill -9} of PMS and of its PostgreSQL while tasks are being written, before the next backup: a
 * restore to the latest moment holds every task whose creation was answered 201.
 */
@StartsNodes
class CrashRestoreTests {
    private final Path root = Path.of("target", "crash-" + ProcessHandle.current().pid()).toAbsolutePath();
    private final Path data = root.resolve("data");
    private final Path backups = root.resolve("backups");

    @Test
    void everyCommittedTaskSurvivesKillNineBetweenTwoBackups() throws Exception {
        int port = freePort();
        Process pms = startPms(port);
        Set<String> committed = ConcurrentHashMap.newKeySet();
        try {
            Api owner = awaitSignUp(port);
            String ws = owner.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
            String project = owner.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
            committed.addAll(PointInTimeRestoreTests.tasks(owner, ws, project, "before", 5));
            assertThat(PmsApplication.takeBackup("--pms.database.data-dir=" + data, "--pms.backup.dir=" + backups,
                    "--spring.main.banner-mode=off")).contains("checksums verified");
            writeWhileKilling(owner, ws, project, committed, pms);
        } finally {
            pms.destroyForcibly();
            killPostgres(); // when the test failed before it killed it
        }
        assertThat(committed).hasSizeGreaterThan(20);
        Path restored = Restore.run(new RestoreOptions(null, null, root.resolve("restored"), false, false), backups, data,
                Duration.ofHours(1));
        try (AppInstance again = AppInstance.start("", "pms.database.data-dir=" + restored, "pms.backup.enabled=false")) {
            List<String> ids = again.context().getBean(JdbcClient.class).sql("select id::text from tasks").query(String.class).list();
            assertThat(ids).as("every task answered 201 before the kill").containsAll(committed);
        }
    }

    /**
     * Two writers create tasks; after 3 s, once 30 more were answered 201, PMS and then its PostgreSQL get SIGKILL while
     * the writers still write.
     */
    private void writeWhileKilling(Api owner, String ws, String project, Set<String> committed, Process pms) throws Exception {
        AtomicBoolean going = new AtomicBoolean(true);
        try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; going.get(); i++) {
                        try {
                            Response r = owner.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", "w" + writer + "-" + i));
                            if (r.status() == 201) {
                                committed.add(r.get("id"));
                            }
                        } catch (RuntimeException connectionGone) {
                            return;
                        }
                    }
                });
            }
            // at least 3 s of writes, and enough of them answered on a loaded machine too (the test wants more than 20)
            long minimum = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            long latest = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < latest && (System.nanoTime() < minimum || committed.size() < 30)) {
                Thread.sleep(100);
            }
            pms.destroyForcibly().waitFor();
            killPostgres();
            going.set(false);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && ProcessHandle.allProcesses().anyMatch(p -> p.info().arguments()
                .map(args -> String.join(" ", args).contains(data.toString())).orElse(false))) {
            Thread.sleep(200); // PostgreSQL's backends end once they notice their postmaster is gone
        }
    }

    private void killPostgres() throws IOException {
        Path pid = data.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).getFirst().trim()))
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private Process startPms(int port) throws IOException {
        Files.createDirectories(root);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        // the test JVM's tuning for a short life (pom.xml, pms.test.jvm-options) serves this short-lived PMS as well
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(option -> option.startsWith("-XX:")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PmsApplication.class.getName(),
                "--server.port=" + port, "--management.server.port=" + freePort(), "--spring.main.banner-mode=off",
                "--pms.database.data-dir=" + data, "--pms.backup.dir=" + backups, "--pms.backup.first-on-start=false",
                "--pms.rate-limit.sign-up.capacity=1000000", "--pms.rate-limit.api.capacity=1000000"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(root.resolve("pms.log").toFile()).start();
    }

    private static Api awaitSignUp(int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos(); // a busy 2-core machine took 2.5 min
        while (true) {
            try {
                if (new Api(port).get("/api/health").status() == 200) {
                    return Api.signUp(port, "Olivia Owner");
                }
            } catch (RuntimeException notYet) {
                assertThat(System.nanoTime()).as("PMS answers within 8 minutes").isLessThan(deadline);
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
