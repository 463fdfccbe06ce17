package dev.pms.platform.db;

import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL runs with PMS's settings for bulk writes, not the server's defaults (the tests turn fsync off). */
class EmbeddedDatabaseTests extends IntegrationTest {
    @Test
    void givesBulkWritesRoomForTheirWal() {
        assertThat(setting("wal_buffers")).isEqualTo("64MB");
        assertThat(setting("max_wal_size")).isEqualTo("4GB");
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(:name)").param("name", name).query(String.class).single();
    }
}
