package dev.pms.ops;

import dev.pms.PmsApplication;
import dev.pms.support.DataDirectories;
import dev.pms.support.StartsNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./pms seed} starts PMS without its web server: every bean it needs must exist without one. */
@StartsNodes
class SeedCommandTests {
    private static final Path DATA_DIR = Path.of("target", "seed-db-" + ProcessHandle.current().pid());
    private static final int PORT = 25_000 + (int) (ProcessHandle.current().pid() % 5_000);

    @AfterEach
    void forgetSettings() {
        System.clearProperty("pms.database.data-dir");
        System.clearProperty("pms.database.port");
        System.clearProperty("pms.database.url");
        System.clearProperty("pms.backup.enabled");
    }

    @Test
    void theSeedCommandFillsTheDatabaseWithoutAWebServer() throws Exception {
        System.setProperty("pms.database.data-dir", DataDirectories.migrated(DATA_DIR).toString());
        System.setProperty("pms.database.port", String.valueOf(PORT));
        System.setProperty("pms.database.url", "");
        System.setProperty("pms.backup.enabled", "false"); // no WAL archive in the working folder
        PmsApplication.main(new String[]{"seed", "--users", "3", "--workspaces", "1", "--tasks", "50"});
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "postgres");
             ResultSet tasks = db.createStatement().executeQuery("select count(*) from tasks")) {
            tasks.next();
            assertThat(tasks.getLong(1)).isEqualTo(50);
        }
    }
}
