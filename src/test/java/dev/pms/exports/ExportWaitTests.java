package dev.pms.exports;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.platform.db.Reads;
import dev.pms.support.SmallLimitsTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** An export that waits longer than PMS_EXPORT_WAIT for the reads pool is refused cleanly, before any of the file. */
class ExportWaitTests extends SmallLimitsTest {
    @Autowired
    @Reads
    HikariDataSource reads;

    @Test
    void anExportThatWaitsTooLongGets503ProblemWithRetryAfter() throws Exception {
        Team team = Team.create(port);
        team.task(team.owner(), "Kept");
        try (Connection busy = reads.getConnection()) {
            for (String format : new String[]{"csv", "xlsx"}) {
                Response refused = team.owner().get(team.path("/tasks/export?format=" + format));
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.header("Retry-After")).isEqualTo("60");
                assertThat(refused.header("Content-Disposition")).isNull();
                assertThat(refused.get("type")).isEqualTo("https://pms.dev/problems/exports-busy");
                assertThat(refused.get("detail")).isEqualTo("Too many exports are running; try again in a minute");
            }
        }
        var file = team.owner().download(team.path("/tasks/export?format=csv"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("Kept,,To do");
    }
}
