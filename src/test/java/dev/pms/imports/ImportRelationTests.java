package dev.pms.imports;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports keep the parents and links their files name: our own export round trip, parents found in the file or the
 * workspace, the rules of subtasks as warnings (no row lost), a re-import that moves a task and its undo.
 */
class ImportRelationTests extends IntegrationTest {

    @Test
    void anExportImportedIntoAFreshWorkspaceKeepsKeysLabelsParentsAndLinks() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String bug = owner.post(team.path("/labels"), Map.of("name", "Bug", "colour", "RED")).get("id");
        String launch = team.task(owner, "Launch");
        String menu = team.task(owner, "Fix the menu");
        String copy = team.task(owner, "Write the copy");
        String plain = team.task(owner, "Plain");
        owner.send("PUT", team.path("/tasks/" + menu + "/labels"), Map.of("labelIds", List.of(bug)));
        owner.patch(team.path("/tasks/" + menu), Map.of("version", version(team, menu), "parentId", launch));
        owner.patch(team.path("/tasks/" + copy), Map.of("version", version(team, copy), "parentId", menu));
        assertThat(owner.post(team.path("/tasks/" + launch + "/links"), Map.of("kind", "blocks", "taskId", plain)).status()).isEqualTo(201);
        assertThat(owner.post(team.path("/tasks/" + plain + "/links"), Map.of("kind", "relates to", "taskId", menu)).status()).isEqualTo(201);
        assertThat(owner.post(team.path("/tasks/" + copy + "/links"), Map.of("kind", "blocked by", "taskId", plain)).status()).isEqualTo(201);
        Map<String, String> keys = new TreeMap<>();
        for (String id : List.of(launch, menu, copy, plain)) {
            keys.put(owner.get(team.path("/tasks/" + id)).get("title"), owner.get(team.path("/tasks/" + id)).get("key"));
        }

        HttpResponse<byte[]> export = owner.download(team.path("/tasks/export?format=csv&sort=TITLE"));
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFKey,Title,Description,Status,Priority,Assignee,Due Date,Project,Parent,Labels,Links\r\n");
        assertThat(csv).contains(",Plain,,To do,No priority,,,Website,,,blocks " + keys.get("Write the copy") + "; blocked by "
                + keys.get("Launch") + "; relates to " + keys.get("Fix the menu") + "\r\n");

        Team elsewhere = Team.create(port);
        Response imported = Uploads.importFile(elsewhere, "export.csv", export.body());
        assertThat(imported.get("status")).as(imported.toString()).isEqualTo("SUCCEEDED");
        assertThat(warnings(imported.get("id"))).isEmpty();
        assertThat(byExternalKey(elsewhere)).isEqualTo(new TreeMap<>(Map.of(
                keys.get("Launch"), "Launch under - labels []",
                keys.get("Fix the menu"), "Fix the menu under " + keys.get("Launch") + " labels [Bug]",
                keys.get("Write the copy"), "Write the copy under " + keys.get("Fix the menu") + " labels []",
                keys.get("Plain"), "Plain under - labels []")));
        assertThat(links(elsewhere)).containsExactlyInAnyOrder(
                keys.get("Launch") + " blocks " + keys.get("Plain"),
                keys.get("Plain") + " blocks " + keys.get("Write the copy"),
                keys.get("Fix the menu") + " relates to " + keys.get("Plain"));
    }

    @Test
    void aCycleAMissingParentAndATreeTooDeepAreWarningsNotLostRows() {
        Team team = Team.create(port);
        String file = """
                Key,Title,Parent,Links
                A-1,One,A-2,
                A-2,Two,A-1,blocks A-1; waits for A-3
                A-3,Three,#NOPE-9,relates to NOPE-7
                A-4,Four,A-1,
                D-1,Level 0,,
                D-2,Level 1,D-1,
                D-3,Level 2,D-2,
                D-4,Level 3,D-3,
                D-5,Level 4,D-4,
                D-6,Level 5,D-5,
                D-7,Level 6,D-6,
                """;
        Response imported = Uploads.importFile(team, "cycle.csv", Uploads.csv(file));
        assertThat(imported.get("status")).as(imported.toString()).isEqualTo("SUCCEEDED");
        assertThat(imported.json().get("rowsInserted").asInt()).isEqualTo(11);
        assertThat(imported.json().get("rowsRejected").asInt()).isZero();
        assertThat(byExternalKey(team)).containsEntry("A-1", "One under A-2 labels []")
                .containsEntry("A-2", "Two under - labels []")
                .containsEntry("A-3", "Three under - labels []")
                .containsEntry("A-4", "Four under A-1 labels []")
                .containsEntry("D-6", "Level 5 under D-5 labels []")
                .containsEntry("D-7", "Level 6 under - labels []");
        assertThat(links(team)).containsExactly("A-2 blocks A-1");
        assertThat(warnings(imported.get("id"))).containsExactly(
                "3 Links waits for A-3: is not a link PMS understands (blocks, blocked by or relates to, then a task's key); left out",
                "3 Parent A-1: would make a cycle of parents (a task below itself); imported without this parent",
                "4 Links NOPE-7: names no task of this file or of this workspace; imported without this link",
                "4 Parent NOPE-9: names no task of this file or of this workspace; imported without this parent",
                "12 Parent D-6: would put subtasks more than 5 levels below their top task; imported without this parent");
    }

    @Test
    void aReimportMovesATaskToAnotherParentFoundByKeyAndItsUndoPutsItBack() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String native_ = team.task(owner, "Made by hand");
        String nativeKey = owner.get(team.path("/tasks/" + native_)).get("key");
        Response first = Uploads.importFile(team, "first.csv", Uploads.csv("""
                Key,Title,Parent
                K-1,Top,
                K-2,Other top,
                K-3,Child,K-1
                """));
        assertThat(first.get("status")).isEqualTo("SUCCEEDED");
        Response second = Uploads.importFile(team, "second.csv", Uploads.csv("""
                Key,Title,Parent,Links
                K-3,Child,K-2,
                K-4,Grandchild,K-3,blocks K-1
                K-1,Top,%s,
                """.formatted(nativeKey)));
        assertThat(second.get("status")).as(second.toString()).isEqualTo("SUCCEEDED");
        assertThat(warnings(second.get("id"))).isEmpty();
        assertThat(byExternalKey(team)).containsEntry("K-3", "Child under K-2 labels []")
                .containsEntry("K-4", "Grandchild under K-3 labels []");
        assertThat(owner.get(team.path("/tasks/" + taskId("Top"))).get("parentKey")).isEqualTo(nativeKey);
        assertThat(links(team)).containsExactly("K-4 blocks K-1");

        String location = team.path("/imports/" + second.get("id"));
        assertThat(owner.delete(location).status()).isEqualTo(202);
        assertThat(Uploads.awaitEnd(owner, location).get("status")).isEqualTo("UNDONE");
        assertThat(byExternalKey(team)).isEqualTo(new TreeMap<>(Map.of("K-1", "Top under - labels []",
                "K-2", "Other top under - labels []", "K-3", "Child under K-1 labels []")));
        assertThat(links(team)).isEmpty();
    }

    private int version(Team team, String taskId) {
        return team.owner().get(team.path("/tasks/" + taskId)).json().get("version").asInt();
    }

    private String taskId(String title) {
        return jdbc.sql("select cast(id as text) from tasks where title = :title").param("title", title).query(String.class).single();
    }

    /** external key → "title under parent's external key labels [names]", for the tasks of the team's workspace. */
    private TreeMap<String, String> byExternalKey(Team team) {
        TreeMap<String, String> out = new TreeMap<>();
        jdbc.sql("""
                        select t.external_key, t.title || ' under ' || coalesce(p.external_key, '-') || ' labels ['
                               || array_to_string(array(select l.name from task_labels tl join labels l on l.id = tl.label_id
                                                        where tl.task_id = t.id order by l.name), ', ') || ']' as summary
                        from tasks t left join tasks p on p.id = t.parent_id
                        where t.workspace_id = cast(:ws as uuid) and t.external_key is not null""")
                .param("ws", team.workspaceId).query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** "A blocks B" / "A relates to B" by the tasks' external keys ("relates to" has no direction: the lesser key first). */
    private List<String> links(Team team) {
        return jdbc.sql("""
                        select case when l.kind = 'BLOCKS' then f.external_key || ' blocks ' || t.external_key
                                    else least(f.external_key, t.external_key) || ' relates to ' || greatest(f.external_key, t.external_key) end
                        from task_links l join tasks f on f.id = l.from_task join tasks t on t.id = l.to_task
                        where l.workspace_id = cast(:ws as uuid)""")
                .param("ws", team.workspaceId).query(String.class).list();
    }

    /** "row column value: reason" of each entry of the import's report, in order. */
    private List<String> warnings(String importId) {
        return new ArrayList<>(jdbc.sql("""
                        select row_number || ' ' || column_name || ' ' || value || ': ' || reason from import_errors
                        where import_id = cast(:id as uuid) order by seq""")
                .param("id", importId).query(String.class).list());
    }
}
