package dev.pms.task;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.TeamTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaskKeyTests extends TeamTest {
    @org.springframework.beans.factory.annotation.Autowired
    DataSource dataSource;

    @Test
    void aTaskIsFoundByItsKeyInAnyCaseAndABadKeyIsExplained() {
        String id = team.task(owner, "Landing page");
        String key = owner.get(team.path("/tasks/" + id)).get("key");
        assertThat(key).isEqualTo("WEB-1");
        assertThat(owner.get(team.path("/tasks/by-key/web-1")).get("id")).isEqualTo(id);
        Response missing = owner.get(team.path("/tasks/by-key/WEB-99"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.get("detail")).isEqualTo("No task has the key WEB-99 in this workspace.");
        Response bad = owner.get(team.path("/tasks/by-key/WEB12"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.get("detail")).contains("like WEB-12");
        Response page = owner.get("/w/" + team.workspaceId + "/t/WEB-1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Landing page").contains("WEB-1");
    }

    @Test
    void aMovedTaskTakesTheNextNumberOfItsNewProjectAndItsOldKeyRedirects() {
        String other = owner.post(team.path("/projects"), Map.of("name", "Operations", "key", "ops")).get("id");
        team.task(owner, "Stays");
        String id = team.task(owner, "Moves");
        Response moved = owner.patch(team.path("/tasks/" + id), Map.of("version", 0, "projectId", other));
        assertThat(moved.get("key")).isEqualTo("OPS-1");
        Response old = owner.get(team.path("/tasks/by-key/WEB-2"));
        assertThat(old.status()).isEqualTo(308);
        assertThat(old.header("Location")).isEqualTo(team.path("/tasks/by-key/OPS-1"));
        Response oldPage = owner.get("/w/" + team.workspaceId + "/t/WEB-2");
        assertThat(oldPage.status()).isEqualTo(301);
        assertThat(oldPage.header("Location")).endsWith("/w/" + team.workspaceId + "/t/OPS-1");
        assertThat(team.task(owner, "Next")).isNotNull();
        assertThat(jdbc.sql("select number from tasks where title = 'Next'").query(Integer.class).single())
                .as("numbers are never reused").isEqualTo(3);
    }

    @Test
    void projectKeysAreDerivedUniqueEditableByManagersAndAnOldKeyStillFindsItsTasks() {
        assertThat(owner.get(team.path("/projects/" + team.projectId)).get("key")).isEqualTo("WEB");
        assertThat(owner.post(team.path("/projects"), Map.of("name", "Web shop")).get("key")).isEqualTo("WEBA");
        Response taken = owner.post(team.path("/projects"), Map.of("name", "Shop", "key", "WEB"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.get("detail")).contains("WEB belongs to another project");
        assertThat(owner.post(team.path("/projects"), Map.of("name", "Shop", "key", "W3B")).status()).isEqualTo(400);
        String id = team.task(owner, "Keeps its link");
        Api member = team.get(Team.Seat.MEMBER);
        assertThat(member.patch(team.path("/projects/" + team.projectId), Map.of("key", "SITE")).status()).isEqualTo(403);
        Api manager = team.get(Team.Seat.MANAGER);
        assertThat(manager.patch(team.path("/projects/" + team.projectId), Map.of("key", "site")).get("key")).isEqualTo("SITE");
        assertThat(owner.get(team.path("/tasks/" + id)).get("key")).isEqualTo("SITE-1");
        Response old = owner.get(team.path("/tasks/by-key/WEB-1"));
        assertThat(old.status()).isEqualTo(308);
        assertThat(old.header("Location")).isEqualTo(team.path("/tasks/by-key/SITE-1"));
        assertThat(owner.post(team.path("/projects"), Map.of("name", "Other", "key", "WEB")).status())
                .as("an old key stays with its project").isEqualTo(409);
    }

    @Test
    void keysShowOnTableRowsAndBoardCards() {
        team.task(owner, "Shown with its key");
        String key = "<span class=\"key\">WEB-1</span>";
        assertThat(owner.get("/w/" + team.workspaceId + "/tasks").body()).contains(key);
        assertThat(owner.get("/w/" + team.workspaceId + "/projects/" + team.projectId + "/board").body()).contains(key);
        assertThat(owner.get("/w/" + team.workspaceId + "/projects").body()).contains("<span class=\"key\">WEB</span>");
    }

    @Test
    void theExportCarriesEachTasksKey() {
        team.task(owner, "Exported");
        String csv = new String(owner.download(team.path("/tasks/export?format=csv")).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\nWEB-1,Exported,");
    }

    @Test
    void anImportWaitsForAnotherTransactionThatCreatedItsProjectsCounterAndThenNumbersFromIt() throws Exception {
        String other = owner.post(team.path("/projects"), Map.of("name", "Operations", "key", "OPS")).get("id");
        Response accepted;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement insert = holder.prepareStatement(
                    "insert into task_numbers (workspace_id, project_id, last_number) values (?, ?, 0)")) {
                insert.setObject(1, java.util.UUID.fromString(team.workspaceId));
                insert.setObject(2, java.util.UUID.fromString(other));
                insert.executeUpdate();
            }
            accepted = Uploads.upload(team, "ops.csv", Uploads.csv("Title,Project\nOne,Operations\nTwo,Operations\n"));
            Uploads.awaitStarted(owner, accepted.header("Location"));
            Thread.sleep(1_000); // ten turns of the import's wait, each of them cut by its lock_timeout

            assertThat(owner.get(accepted.header("Location")).get("status")).isEqualTo("RUNNING");
            holder.commit();
        }

        Response done = Uploads.awaitEnd(owner, accepted.header("Location"));
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select attempts from jobs where kind = 'import' and subject_id = cast(:id as uuid)").param("id", done.get("id"))
                .query(Integer.class).single()).as("the wait was no failure to retry").isEqualTo(1);
        assertThat(keysByTitle()).containsEntry("One", "OPS-1").containsEntry("Two", "OPS-2");
    }

    @Test
    void anImportByKeyNumbersItsNewRowsAndAMovedTaskTakesItsNewProjectsNextNumberUntilUndone() {
        owner.post(team.path("/projects"), Map.of("name", "Operations", "key", "OPS"));
        team.task(owner, "Made by hand");
        Uploads.importFile(team, "first.csv", Uploads.csv("Issue key,Summary,Project\nX-1,One,Website\nX-2,Two,Website\n"));
        assertThat(keysByTitle()).containsExactlyInAnyOrderEntriesOf(Map.of("Made by hand", "WEB-1", "One", "WEB-2", "Two", "WEB-3"));

        Response again = Uploads.importFile(team, "again.csv",
                Uploads.csv("Issue key,Summary,Project\nX-1,One,Operations\nX-3,Three,Website\nX-4,Four,Operations\n"));

        assertThat(again.get("status")).as(again.toString()).isEqualTo("SUCCEEDED");
        assertThat(keysByTitle()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Made by hand", "WEB-1", "One", "OPS-1", "Two", "WEB-3", "Three", "WEB-4", "Four", "OPS-2"));
        Response old = owner.get(team.path("/tasks/by-key/WEB-2"));
        assertThat(old.status()).isEqualTo(308);
        assertThat(old.header("Location")).endsWith("/tasks/by-key/OPS-1");
        String location = team.path("/imports/" + again.get("id"));
        assertThat(owner.delete(location).status()).isEqualTo(202);
        assertThat(Uploads.awaitEnd(owner, location).get("status")).isEqualTo("UNDONE");
        assertThat(keysByTitle()).containsExactlyInAnyOrderEntriesOf(Map.of("Made by hand", "WEB-1", "One", "WEB-2", "Two", "WEB-3"));
        assertThat(owner.get(team.path("/tasks/by-key/WEB-2")).status()).isEqualTo(200);
    }

    @Test
    void keysShowInTheTaskPanelAndInNotifications() {
        Api member = team.get(Team.Seat.MEMBER);
        String id = team.task(owner, "Landing page");
        assertThat(owner.get("/w/" + team.workspaceId + "/tasks/" + id).body()).contains("<span class=\"key\" id=\"task-key\">WEB-1</span>");
        assertThat(owner.patch(team.path("/tasks/" + id), Map.of("version", 0, "assigneeId", member.userId())).status()).isEqualTo(200);
        assertThat(member.get("/api/v1/me/notifications").json().get("items").get(0).get("taskKey").asString()).isEqualTo("WEB-1");
        assertThat(member.get("/notifications").body()).contains("WEB-1 Landing page");
    }

    private Map<String, String> keysByTitle() {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("select t.title, p.key || '-' || t.number as key from tasks t join projects p on p.id = t.project_id "
                + "where t.workspace_id = cast(:ws as uuid)").param("ws", team.workspaceId)
                .query(rs -> { out.put(rs.getString("title"), rs.getString("key")); });
        return out;
    }
}
