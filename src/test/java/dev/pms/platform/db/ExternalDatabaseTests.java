package dev.pms.platform.db;

import dev.pms.PmsApplication;
import dev.pms.support.Api;
import dev.pms.support.StartsNodes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With DATABASE_URL, PMS migrates that PostgreSQL and keeps its data there across restarts. */
@StartsNodes
class ExternalDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void migratesAnExternalDatabaseGivenAsAPostgresUrlAndKeepsDataAcrossRestarts() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start()) {
            String url = "postgres://postgres:postgres@localhost:" + external.getPort() + "/postgres";
            String email;
            String workspace;
            try (ConfigurableApplicationContext app = start(url)) {
                Api ann = Api.signUp(port(app), "Ann");
                email = ann.email();
                workspace = ann.post("/api/v1/workspaces", Map.of("name", "Outside")).get("id");
                String project = ann.post("/api/v1/workspaces/" + workspace + "/projects", Map.of("name", "P")).get("id");
                assertThat(ann.post("/api/v1/workspaces/" + workspace + "/tasks", Map.of("projectId", project, "title", "Kept")).status()).isEqualTo(201);
            }
            try (var connection = external.getPostgresDatabase().getConnection(); var rs = connection.createStatement()
                    .executeQuery("select count(*) from flyway_schema_history where success")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
            }
            try (ConfigurableApplicationContext app = start(url)) {
                Api again = new Api(port(app));
                again.post("/api/v1/auth/signin", Map.of("email", email, "password", "correct horse"));
                var tasks = again.get("/api/v1/workspaces/" + workspace + "/tasks").json().get("items");
                assertThat(tasks.size()).isEqualTo(1);
                assertThat(tasks.get(0).get("title").asString()).isEqualTo("Kept");
            }
        }
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        // command-line arguments outrank application.properties, as DATABASE_URL does in production
        return new SpringApplicationBuilder(PmsApplication.class)
                .run("--server.port=0", "--pms.database.url=" + databaseUrl, "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
