package dev.pms.imports;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A re-import of a file with a key column updates the tasks of known keys instead of adding duplicates; undo restores them. */
class ImportUpsertTests extends IntegrationTest {
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    @Test
    void reimportUpdatesChangedRowsAddsNewOnesAndLeavesTheRest() {
        Response first = Uploads.importFile(team, "export.csv", file(100, 0, 0));
        assertThat(first.json().get("rowsInserted").asInt()).isEqualTo(100);
        Map<String, String> before = tasksByKey();

        Response again = Uploads.importFile(team, "export.csv", file(100, 10, 5));

        assertThat(again.get("status")).isEqualTo("SUCCEEDED");
        assertThat(again.json().get("rowsInserted").asInt()).isEqualTo(5);
        assertThat(again.json().get("rowsUpdated").asInt()).isEqualTo(10);
        assertThat(again.json().get("rowsUnchanged").asInt()).isEqualTo(90);
        Map<String, String> after = tasksByKey();
        assertThat(after).hasSize(105);
        assertThat(jdbc.sql("select count(distinct external_key) from tasks").query(Long.class).single()).isEqualTo(105);
        for (int i = 1; i <= 100; i++) {
            String key = "WEB-" + i;
            assertThat(after.get(key)).isEqualTo(i <= 10 ? "Task " + i + " (changed) DONE" : before.get(key));
        }
        assertThat(after.get("WEB-105")).isEqualTo("Task 105 TODO");

        Response undone = undo(again);

        assertThat(undone.get("status")).isEqualTo("UNDONE");
        assertThat(tasksByKey()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from task_import_previous").query(Long.class).single()).isZero();
    }

    @Test
    void aFileThatRepeatsAKeyImportsItsLastRowOnce() {
        byte[] file = Uploads.csv("Issue key,Summary,Status\nWEB-1,First,To Do\nWEB-1,Second,Done\n");
        Response done = Uploads.importFile(team, "twice.csv", file);
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(1);
        assertThat(tasksByKey()).containsExactlyEntriesOf(Map.of("WEB-1", "Second DONE"));
    }

    private Response undo(Response imported) {
        String location = team.path("/imports/" + imported.get("id"));
        assertThat(team.owner().delete(location).status()).isEqualTo(202);
        return Uploads.awaitEnd(team.owner(), location);
    }

    private Map<String, String> tasksByKey() {
        Map<String, String> out = new java.util.TreeMap<>();
        jdbc.sql("select external_key, title || ' ' || status as summary from tasks").query(rs -> {
            out.put(rs.getString("external_key"), rs.getString("summary"));
        });
        return out;
    }

    /** {@code rows} keyed rows, the first {@code changed} of them changed, and {@code added} more. */
    private static byte[] file(int rows, int changed, int added) {
        List<String> lines = new ArrayList<>(List.of("Issue key,Summary,Status,Priority"));
        for (int i = 1; i <= rows + added; i++) {
            boolean change = i <= changed;
            lines.add("WEB-" + i + ",Task " + i + (change ? " (changed)" : "") + "," + (change ? "Done" : "To Do") + ",Medium");
        }
        return Uploads.csv(String.join("\n", lines) + "\n");
    }
}
