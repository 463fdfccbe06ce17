package dev.pms.backup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The system page's levels for the last backup and archived WAL: a warning after 26 h, critical after 50 h or never. */
class BackupStatusTests {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Duration WARNING = Duration.ofHours(26);
    private static final Duration CRITICAL = Duration.ofHours(50);

    @Test
    void levelsByAge() {
        assertThat(level(Duration.ofHours(25))).isEqualTo(BackupStatus.Level.OK);
        assertThat(level(Duration.ofHours(27))).isEqualTo(BackupStatus.Level.WARNING);
        assertThat(level(Duration.ofHours(49))).isEqualTo(BackupStatus.Level.WARNING);
        assertThat(level(Duration.ofHours(51))).isEqualTo(BackupStatus.Level.CRITICAL);
        assertThat(BackupStatus.Level.of(null, NOW, WARNING, CRITICAL)).as("none yet").isEqualTo(BackupStatus.Level.CRITICAL);
    }

    private static BackupStatus.Level level(Duration age) {
        return BackupStatus.Level.of(NOW.minus(age), NOW, WARNING, CRITICAL);
    }
}
