package dev.pms.imports;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a file brings besides its tasks' fields: reporters as creators, other people as watchers, comments, and the
 * labels of tasks an import by key updates; and the undo of such imports.
 */
class ImportExtrasTests extends IntegrationTest {
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    @Test
    void reportersWatchersAndCommentsComeAlongAndGoWithTheTasksOnUndo() {
        Response done = Uploads.importFile(team, "jira.csv", Uploads.csv("""
                Summary,Assignee,Reporter,Watchers,Watchers,Comment,Comment
                First,Member Person,Manager Person,Admin Person,Oscar Outsider,"12/Mar/24 9:20 AM;Admin Person;Looks **good**; ship it","13/Mar/24 10:00 AM;Ghost;<script>alert(1)</script>

                *hi*"
                Second,,Oscar Outsider,Member Person,,,
                """));
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        String first = taskId("First");
        String second = taskId("Second");

        assertThat(creator(first)).isEqualTo("Manager Person");
        assertThat(creator(second)).isEqualTo("Olivia Owner");
        assertThat(watchers(first)).containsExactly("Admin Person");
        assertThat(watchers(second)).containsExactly("Member Person");
        List<Map<String, Object>> comments = jdbc.sql("""
                        select u.name as author, c.body, c.html from comments c join users u on u.id = c.author_id
                        where c.task_id = cast(:task as uuid) order by c.created_at, c.id""")
                .param("task", first).query().listOfRows();
        assertThat(comments).hasSize(2);
        assertThat(comments.get(0)).containsEntry("author", "Admin Person")
                .containsEntry("body", "_Written on 12/Mar/24 9:20 AM (imported)_\n\nLooks **good**; ship it");
        assertThat((String) comments.get(0).get("html")).contains("<strong>good</strong>");
        assertThat(comments.get(1)).containsEntry("author", "Olivia Owner");
        assertThat((String) comments.get(1).get("body")).startsWith("_Written by Ghost on 13/Mar/24 10:00 AM (imported; not a member)_");
        assertThat((String) comments.get(1).get("html")).doesNotContain("<script").contains("<em>hi</em>");
        assertThat(jdbc.sql("select count(*) from notifications").query(Long.class).single()).as("imported comments notify nobody").isZero();

        JsonNode imported = team.owner().get(team.path("/tasks/" + first + "/activity")).json().get("items").get(0);
        assertThat(MigrationSampleTests.names(imported.get("importOriginalOthers"))).containsExactly("Oscar Outsider");
        JsonNode reported = team.owner().get(team.path("/tasks/" + second + "/activity")).json().get("items").get(0);
        assertThat(reported.get("importOriginalReporter").asString()).isEqualTo("Oscar Outsider");
        assertThat(team.owner().get("/w/" + team.workspaceId + "/tasks/" + second + "/activity").body())
                .contains("reported by Oscar Outsider, not a member");

        undo(done);

        assertThat(jdbc.sql("select count(*) from comments").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from watchers").query(Long.class).single()).isZero();
    }

    @Test
    void aReimportByKeyGivesUpdatedTasksTheLabelsOfTheFileAndItsUndoGivesTheOldOnesBack() {
        Uploads.importFile(team, "export.csv", Uploads.csv("""
                Issue key,Summary,Labels,Labels
                WEB-1,One,red,blue
                WEB-2,Two,green,
                WEB-3,Three,,
                """));
        Map<String, String> before = labelsByKey();
        assertThat(before).isEqualTo(Map.of("WEB-1", "blue,red", "WEB-2", "green", "WEB-3", ""));

        Response again = Uploads.importFile(team, "export.csv", Uploads.csv("""
                Issue key,Summary,Labels
                WEB-1,One,red
                WEB-2,Two,
                WEB-3,Three,yellow
                WEB-4,Four,green
                """));

        assertThat(again.get("status")).as(again.toString()).isEqualTo("SUCCEEDED");
        assertThat(labelsByKey()).isEqualTo(Map.of("WEB-1", "red", "WEB-2", "", "WEB-3", "yellow", "WEB-4", "green"));

        undo(again);

        assertThat(labelsByKey()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from task_import_previous_labels").query(Long.class).single()).isZero();
    }

    @Test
    void aReimportWithoutALabelsColumnLeavesTheLabelsAlone() {
        Uploads.importFile(team, "export.csv", Uploads.csv("Issue key,Summary,Labels\nWEB-1,One,red\n"));

        Response again = Uploads.importFile(team, "export.csv", Uploads.csv("Issue key,Summary\nWEB-1,One again\n"));

        assertThat(again.json().get("rowsUpdated").asInt()).isEqualTo(1);
        assertThat(labelsByKey()).containsExactlyEntriesOf(Map.of("WEB-1", "red"));
    }

    private void undo(Response imported) {
        String location = team.path("/imports/" + imported.get("id"));
        assertThat(team.owner().delete(location).status()).isEqualTo(202);
        assertThat(Uploads.awaitEnd(team.owner(), location).get("status")).isEqualTo("UNDONE");
    }

    private String taskId(String title) {
        return jdbc.sql("select cast(id as text) from tasks where title = :title").param("title", title).query(String.class).single();
    }

    private String creator(String taskId) {
        return jdbc.sql("select u.name from tasks t join users u on u.id = t.created_by where t.id = cast(:id as uuid)")
                .param("id", taskId).query(String.class).single();
    }

    private List<String> watchers(String taskId) {
        return jdbc.sql("select u.name from watchers w join users u on u.id = w.user_id where w.task_id = cast(:id as uuid) and w.watching order by 1")
                .param("id", taskId).query(String.class).list();
    }

    private Map<String, String> labelsByKey() {
        Map<String, String> out = new TreeMap<>();
        jdbc.sql("""
                        select t.external_key, coalesce(string_agg(l.name, ',' order by l.name), '') as labels from tasks t
                        left join task_labels tl on tl.task_id = t.id left join labels l on l.id = tl.label_id
                        group by t.external_key""")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }
}
