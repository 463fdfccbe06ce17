package dev.pms.support;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseCleanerTests extends IntegrationTest {
    @Autowired
    DataSource dataSource;

    @Test
    void aTransactionLeftOpenFailsTheCleanerInWordsInsteadOfHangingTheRun() throws Exception {
        signUp("Kept Row");
        try (Connection stuck = dataSource.getConnection(); Statement sql = stuck.createStatement()) {
            sql.execute("set application_name = 'a stuck test'");
            stuck.setAutoCommit(false);
            sql.execute("select id from users for update");

            assertThatThrownBy(() -> DatabaseCleaner.clean(jdbc, Duration.ofMillis(500)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The tables could not be emptied before the test")
                    .hasMessageContaining("held their locks for 500 ms")
                    .hasMessageContaining("a stuck test (idle in transaction")
                    .hasMessageContaining("select id from users for update");
            stuck.rollback();
        }
        DatabaseCleaner.clean(jdbc);
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isZero();
    }
}
