package dev.pms.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which base backup a restore starts from, and the moments and folders it refuses, with the reason in words. */
class RestoreRefusalTests {
    private static final Instant FIRST = Instant.parse("2026-12-01T03:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-02T03:00:00Z");
    private static final Instant LAST_WAL = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void startsFromTheNewestBackupThatFinishedBeforeTheMoment() throws IOException {
        BackupFolder folder = folderWithTwoBackups();
        assertThat(Restore.choose(folder, SECOND.minusSeconds(1), root.resolve("data")).stop()).isEqualTo(FIRST);
        assertThat(Restore.choose(folder, SECOND.plusSeconds(1), root.resolve("data")).stop()).isEqualTo(SECOND);
        assertThat(Restore.choose(folder, null, root.resolve("data")).stop()).as("the latest state").isEqualTo(SECOND);
    }

    @Test
    void refusesAMomentBeforeTheOldestBackup() throws IOException {
        BackupFolder folder = folderWithTwoBackups();
        assertThatThrownBy(() -> Restore.choose(folder, FIRST.minusSeconds(60), root.resolve("data")))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("before the oldest backup").hasMessageContaining("earliest moment it can restore is " + FIRST);
    }

    @Test
    void refusesAMomentAfterTheLastArchivedWal() throws IOException {
        BackupFolder folder = folderWithTwoBackups();
        assertThatThrownBy(() -> Restore.choose(folder, LAST_WAL.plus(Duration.ofMinutes(5)), root.resolve("data")))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("after the last archived WAL (" + LAST_WAL + ")").hasMessageContaining("leave out --at");
    }

    @Test
    void refusesAFolderWithoutACompleteBackup() throws IOException {
        Files.createDirectories(root.resolve("backups/base/20261201T030000.000Z.partial/data"));
        assertThatThrownBy(() -> Restore.choose(BackupFolder.of(root.resolve("backups")), null, root.resolve("data")))
                .hasMessageContaining("There is no complete base backup").hasMessageContaining("./pms backup");
    }

    @Test
    void neverRestoresOverTheCurrentDataFolderWithoutReplace() {
        Path data = root.resolve("data");
        assertThatThrownBy(() -> Restore.run(new RestoreOptions(null, null, data, false, false), root.resolve("backups"), data, Duration.ofHours(1)))
                .hasMessageContaining("is the current data folder").hasMessageContaining("--replace");
    }

    @Test
    void optionsInWords() {
        assertThat(RestoreOptions.parse(List.of("--at", "2026-12-01T15:03:00+01:00")).at()).isEqualTo(Instant.parse("2026-12-01T14:03:00Z"));
        assertThatThrownBy(() -> RestoreOptions.parse(List.of("--at", "yesterday"))).hasMessageContaining("2026-12-01T14:03:00Z");
        assertThatThrownBy(() -> RestoreOptions.parse(List.of("--frm", "x"))).hasMessageContaining("Unknown option --frm");
        assertThatThrownBy(() -> RestoreOptions.parse(List.of("--from"))).hasMessageContaining("--from needs a value");
    }

    private BackupFolder folderWithTwoBackups() throws IOException {
        BackupFolder folder = BackupFolder.of(root.resolve("backups"));
        for (Instant stop : List.of(FIRST, SECOND)) {
            Path dir = folder.base().resolve(stop.toString().replace(":", ""));
            Files.createDirectories(dir.resolve("data"));
            new BaseBackup(dir, stop.minusSeconds(30), stop, "000000010000000000000002", 42L, 16 << 20, 1, 1).write();
        }
        Files.createDirectories(folder.wal());
        Path segment = Files.writeString(folder.wal().resolve("000000010000000000000009"), "wal");
        Files.setLastModifiedTime(segment, FileTime.from(LAST_WAL));
        return folder;
    }
}
