package dev.pms.audit;

import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PostgreSQL itself refuses to change or remove audit entries, even to the application's own connection (the table's owner). */
class AppendOnlyTests extends IntegrationTest {

    @Test
    void theApplicationsConnectionMayInsertAndReadButNotUpdateOrDelete() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into audit_events (id, kind, detail) values (:id, 'SIGN_IN', 'kept')").param("id", id).update();

        assertThatThrownBy(() -> jdbc.sql("update audit_events set detail = 'rewritten' where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_events is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("audit_events is append-only: DELETE is not allowed");
        // refused as a statement, before any row is looked at: not even an empty delete passes
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events where false").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.sql("select detail from audit_events where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("kept");
    }

    @Test
    void theApplicationConnectsAsTheTablesOwnerSoPrivilegesAloneWouldNotBindIt() {
        boolean owner = jdbc.sql("""
                        select pg_has_role(current_user, tableowner, 'USAGE') from pg_tables where schemaname = 'public' and tablename = 'audit_events'""")
                .query(Boolean.class).single();
        assertThat(owner).isTrue();
    }
}
