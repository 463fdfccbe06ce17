package dev.pms.backup;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.Response;
import dev.pms.support.StartsNodes;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks A, a base backup taken while a 100,000-row import runs, tasks B, the moment T, tasks C: a restore to T
 * holds exactly A and B, a restore to the latest moment A, B and C, and PMS starts and serves on each. The
 * import, one transaction, is in a restored database whole or not at all.
 */
@StartsNodes
class PointInTimeRestoreTests {
    private static final int IMPORT_ROWS = 100_000;
    private final Path root = Path.of("target", "pitr-" + ProcessHandle.current().pid()).toAbsolutePath();
    private final Path backups = root.resolve("backups");

    @Test
    void restoresExactlyTheTasksCommittedBeforeTheMomentAndAllOfThemAtTheLatest() throws Exception {
        Path data = root.resolve("data");
        Written written;
        try (AppInstance pms = AppInstance.start("", "pms.database.data-dir=" + data, "pms.backup.dir=" + backups,
                "pms.backup.enabled=true", "pms.backup.first-on-start=false")) {
            written = write(pms);
        }
        Path latest = Restore.run(new RestoreOptions(null, null, root.resolve("latest"), false, false), backups, data, Duration.ofHours(1));
        Path atT = Restore.run(new RestoreOptions(written.t, null, root.resolve("at-t"), false, false), backups, data, Duration.ofHours(1));

        Set<String> all = new HashSet<>(written.a);
        all.addAll(written.b);
        all.addAll(written.c);
        assertRestored(latest, written, all, IMPORT_ROWS);
        Set<String> beforeT = new HashSet<>(written.a);
        beforeT.addAll(written.b);
        assertRestored(atT, written, beforeT, written.importEndedBeforeT ? IMPORT_ROWS : 0);
    }

    private record Written(Api owner, String workspace, List<String> a, List<String> b, List<String> c, Instant t,
                           boolean importEndedBeforeT) {
    }

    private Written write(AppInstance pms) throws InterruptedException {
        Api owner = Api.signUp(pms.port(), "Olivia Owner");
        String ws = owner.post("/api/v1/workspaces", Map.of("name", "Acme")).get("id");
        String project = owner.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Website")).get("id");
        // typed tasks go to another project than the import's, whose task numbers the import holds until it commits
        String imported = owner.post("/api/v1/workspaces/" + ws + "/projects", Map.of("name", "Migrated")).get("id");
        List<String> a = tasks(owner, ws, project, "A", 5);
        Response upload = Uploads.upload(owner, ws, "big.csv", Uploads.rows(IMPORT_ROWS), Map.of("projectId", imported));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        assertThat(owner.get(upload.header("Location")).get("status")).as("the import runs while the backup is taken")
                .isIn("QUEUED", "RUNNING");
        pms.context().getBean(BackupService.class).take();
        assertBackupShown(owner, pms);
        List<String> b = tasks(owner, ws, project, "B", 5);
        Thread.sleep(1000); // commit times and T are apart by more than any clock granularity
        Instant t = Instant.now();
        boolean importEnded = !List.of("QUEUED", "RUNNING").contains(owner.get(upload.header("Location")).get("status"));
        Thread.sleep(1000);
        List<String> c = tasks(owner, ws, project, "C", 5);
        assertThat(Uploads.awaitEnd(owner, upload.header("Location")).get("status")).isEqualTo("SUCCEEDED");
        return new Written(owner, ws, a, b, c, t, importEnded);
    }

    /** The system report (the first account is the instance admin) and the metrics show the fresh backup. */
    private static void assertBackupShown(Api owner, AppInstance pms) throws InterruptedException {
        // the folder is read at most every 10 s: the report may show the state before the backup until then
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        var backups = owner.get("/api/v1/admin/system").json().get("backups");
        while (backups.get("baseBackups").asInt() != 1 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            backups = owner.get("/api/v1/admin/system").json().get("backups");
        }
        assertThat(backups.get("active").asBoolean()).isTrue();
        assertThat(backups.get("baseBackups").asInt()).isEqualTo(1);
        assertThat(backups.get("backupLevel").asString()).isEqualTo("OK");
        assertThat(backups.get("walLevel").asString()).isEqualTo("OK");
        double age = pms.context().getBean(io.micrometer.core.instrument.MeterRegistry.class).get("pms.backup.age").gauge().value();
        assertThat(age).isBetween(0.0, 600.0);
    }

    private void assertRestored(Path restored, Written written, Set<String> expected, int imported) {
        try (AppInstance pms = AppInstance.start("", "pms.database.data-dir=" + restored, "pms.backup.enabled=false")) {
            JdbcClient jdbc = pms.context().getBean(JdbcClient.class);
            Set<String> typed = new HashSet<>(jdbc.sql("select id::text from tasks where import_id is null").query(String.class).list());
            assertThat(typed).as("tasks written through the API in " + restored).containsExactlyInAnyOrderElementsOf(expected);
            long fromImport = jdbc.sql("select count(*) from tasks where import_id is not null").query(Long.class).single();
            assertThat(fromImport).as("the import is all there or not at all").isIn(0L, (long) IMPORT_ROWS);
            if (imported == IMPORT_ROWS) {
                assertThat(fromImport).isEqualTo(IMPORT_ROWS);
            }
            Response count = written.owner.at(pms.port()).get("/api/v1/workspaces/" + written.workspace + "/tasks/count");
            assertThat(count.status()).as("PMS serves the restored data to the same session").isEqualTo(200);
            assertThat(count.json().get("count").asLong()).isEqualTo(expected.size() + fromImport);
        }
    }

    static List<String> tasks(Api who, String ws, String project, String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Response r = who.post("/api/v1/workspaces/" + ws + "/tasks", Map.of("projectId", project, "title", prefix + i));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            ids.add(r.get("id"));
        }
        return ids;
    }
}
