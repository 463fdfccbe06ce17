package dev.pms.platform.db;

import dev.pms.support.Api;
import dev.pms.support.AppInstance;
import dev.pms.support.DataDirectories;
import dev.pms.support.StartsNodes;
import dev.pms.support.Team;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With DATABASE_READ_URL, exports read that database and everything else DATABASE_URL. The "replica" is a
 * copy of the primary's data directory, as a new streaming replica is, that then differs in one title.
 */
@StartsNodes
class ReadReplicaTests {
    @TempDir
    Path primaryDir;

    @TempDir
    Path replicaDir;

    @Test
    void exportsReadTheReplicaWhileTheTaskListReadsThePrimary() throws Exception {
        Team team;
        DataDirectories.migrated(primaryDir);
        try (EmbeddedPostgres primary = postgres(primaryDir); AppInstance app = AppInstance.start(url(primary))) {
            team = Team.create(app.port());
            team.task(team.owner(), "On both");
        }
        DataDirectories.copy(primaryDir, replicaDir);
        try (EmbeddedPostgres primary = postgres(primaryDir); EmbeddedPostgres replica = postgres(replicaDir)) {
            try (Connection c = replica.getPostgresDatabase().getConnection(); var update = c.createStatement()) {
                assertThat(update.executeUpdate("update tasks set title = 'As the replica has it' where title = 'On both'")).isEqualTo(1);
            }
            try (AppInstance app = AppInstance.start(url(primary), "pms.database.read-url=" + url(replica))) {
                Api owner = team.owner().at(app.port());
                team.task(owner, "Only on the primary");

                var export = owner.download(team.path("/tasks/export?format=csv"));
                assertThat(export.statusCode()).isEqualTo(200);
                assertThat(new String(export.body(), StandardCharsets.UTF_8))
                        .contains("As the replica has it").doesNotContain("On both").doesNotContain("Only on the primary");
                assertThat(owner.get(team.path("/tasks")).body())
                        .contains("On both").contains("Only on the primary").doesNotContain("As the replica has it");
            }
        }
    }

    private static EmbeddedPostgres postgres(Path dataDir) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
    }

    private static String url(EmbeddedPostgres postgres) {
        return "postgres://postgres:postgres@localhost:" + postgres.getPort() + "/postgres";
    }
}
