package dev.pms.ops;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SystemApiTests extends IntegrationTest {

    @Test
    void theSystemPageSaysWhenPmsDoesNotBackTheDatabaseUp() {
        Api admin = signUp("Ada Admin"); // the tests run with PMS_BACKUP_ENABLED=false
        assertThat(admin.get("/api/v1/admin/system").json().get("backups").get("active").asBoolean()).isFalse();
        Response page = admin.get("/admin/system");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h2>Backups</h2>").contains("PMS does not back up this database");
    }

    @Test
    void anInstanceAdminSeesRealConnectionsPoolAndSlowStatements() {
        Api admin = signUp("Ada Admin");
        admin.post("/api/v1/workspaces", Map.of("name", "Busy"));
        Response response = admin.get("/api/v1/admin/system");
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();

        JsonNode database = report.get("database");
        assertThat(database.get("maxConnections").asInt()).isEqualTo(200);
        assertThat(database.get("connections").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(database.get("byState").get("active").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(database.get("band").asString()).isEqualTo("HEALTHY");
        assertThat(database.get("serverVersion").asString()).startsWith("18");

        JsonNode pool = report.get("pool");
        assertThat(pool.get("max").asInt()).isEqualTo(10);
        assertThat(pool.get("total").asInt()).isGreaterThanOrEqualTo(pool.get("active").asInt());

        JsonNode slow = report.get("slowStatements");
        assertThat(slow.get("available").asBoolean()).as(slow.toString()).isTrue();
        assertThat(slow.get("top").size()).isBetween(1, 10);
        assertThat(slow.get("top").get(0).get("meanMillis").asDouble()).isGreaterThan(0);

        assertThat(report.get("version").asString()).isNotBlank();
        assertThat(report.get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(report.get("importsLastDay").get("total").asLong()).isZero();
    }

    @Test
    void importsOfTheLastDayShowTheirRowsPerSecond() {
        Team team = Team.create(port);
        Uploads.importFile(team, "tasks.csv", Uploads.rows(200));
        JsonNode imports = team.owner().get("/api/v1/admin/system").json().get("importsLastDay");
        assertThat(imports.get("total").asLong()).isEqualTo(1);
        assertThat(imports.get("succeeded").asLong()).isEqualTo(1);
        assertThat(imports.get("rowsInserted").asLong()).isEqualTo(200);
        assertThat(imports.get("rowsPerSecond").asDouble()).isPositive();
        assertThat(imports.get("fastestRowsPerSecond").asDouble()).isPositive();
    }

    @Test
    void othersAreRefused() {
        signUp("Ada Admin");
        Api bob = signUp("Bob");
        assertThat(bob.get("/api/v1/admin/system").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/admin/system").status()).isEqualTo(401);
    }

    @Test
    void theSystemPageShowsTheSameReportToInstanceAdminsOnly() {
        Api admin = signUp("Ada Admin");
        Api bob = signUp("Bob");
        Response page = admin.sendRaw("GET", "/admin/system", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Database connections").contains(" of 200 (").contains("Slowest statements")
                .contains("Imports in the last 24 hours");
        assertThat(bob.sendRaw("GET", "/admin/system", null, null).status()).isEqualTo(403);
    }

    @Test
    void bandsFollowTheSeed() {
        assertThat(SystemReport.Band.of(69.9)).isEqualTo(SystemReport.Band.HEALTHY);
        assertThat(SystemReport.Band.of(70)).isEqualTo(SystemReport.Band.WARNING);
        assertThat(SystemReport.Band.of(90)).isEqualTo(SystemReport.Band.WARNING);
        assertThat(SystemReport.Band.of(90.1)).isEqualTo(SystemReport.Band.CRITICAL);
    }
}
