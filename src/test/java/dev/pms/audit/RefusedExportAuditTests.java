package dev.pms.audit;

import com.zaxxer.hikari.HikariDataSource;
import dev.pms.platform.db.Reads;
import dev.pms.support.SmallLimitsTest;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** An export is logged when its rows start to flow: one refused for a busy reads pool took nothing out and is not. */
class RefusedExportAuditTests extends SmallLimitsTest {
    @Autowired
    @Reads
    HikariDataSource reads;

    @Test
    void aRefusedExportLeavesNoEntryAndTheNextOneDoes() throws Exception {
        Team team = Team.create(port);
        try (Connection busy = reads.getConnection()) {
            assertThat(team.owner().get(team.path("/tasks/export?format=csv")).status()).isEqualTo(503);
        }
        assertThat(exports()).isZero();
        assertThat(team.owner().download(team.path("/tasks/export?format=csv")).statusCode()).isEqualTo(200);
        assertThat(exports()).isOne();
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_events where kind = 'TASKS_EXPORTED'").query(Long.class).single();
    }
}
