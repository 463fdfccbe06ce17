package dev.pms.imports;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.pms.imports.Uploads.csv;
import static org.assertj.core.api.Assertions.assertThat;

class ImportApiTests extends IntegrationTest {

    @Test
    void uploadAnswers202WithTheImportsLocationAndEndsWithCounts() {
        Team team = Team.create(port);
        byte[] file = csv("Title,Status,Priority\nFirst,Open,High\nSecond,Done,Low\n");
        Response accepted = Uploads.upload(team, "tasks.csv", file);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.header("Location")).isEqualTo(team.path("/imports/" + accepted.get("id")));
        assertThat(accepted.get("sha256")).hasSize(64);
        assertThat(accepted.json().get("sizeBytes").asLong()).isEqualTo(file.length);
        Response done = Uploads.awaitEnd(team.owner(), accepted.header("Location"));
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsTotal").asInt()).isEqualTo(2);
        assertThat(done.json().get("rowsProcessed").asInt()).isEqualTo(2);
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(2);
        assertThat(done.json().get("rowsRejected").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from import_file_chunks").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from jobs").query(String.class).single()).isEqualTo("SUCCEEDED");
    }

    @Test
    void anImportEndsWhenItsTransactionCommitsNotWhenItBegan() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", Uploads.rows(2_000));
        // the tasks carry the transaction's start (now()); the import's end must come after all of them
        java.time.Instant lastTask = jdbc.sql("select max(created_at) from tasks where import_id = cast(:id as uuid)")
                .param("id", done.get("id")).query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(java.time.Instant.parse(done.get("finishedAt"))).isAfter(lastTask);
    }

    @Test
    void importedTasksGoBelowTheColumnsExistingTasksInFileOrder() {
        Team team = Team.create(port);
        String existing = team.task(team.owner(), "Made by hand");
        Response done = Uploads.importFile(team, "t.csv", csv("Title\nA\nB\nC\n"));
        List<String> column = jdbc.sql("""
                        select title from tasks where project_id = cast(:p as uuid) and status = 'TODO' order by position""")
                .param("p", team.projectId).query(String.class).list();
        assertThat(column).containsExactly("Made by hand", "A", "B", "C");
        assertThat(jdbc.sql("select source_row from tasks where import_id = cast(:id as uuid) order by position")
                .param("id", done.get("id")).query(Integer.class).list()).containsExactly(2, 3, 4);
        assertThat(existing).isNotNull();
    }

    @Test
    void importedTasksAreFoundBySearch() {
        Team team = Team.create(port);
        Uploads.importFile(team, "t.csv", csv("Title,Description\nQuarterly zephyr review,Budget\nOther,Nothing\n"));
        Response found = team.owner().get(team.path("/tasks?q=zephyr"));
        assertThat(found.json().get("items")).extracting(item -> item.get("title").asString())
                .containsExactly("Quarterly zephyr review");
    }

    @Test
    void aLargeImportIsFoundBySearchAndLeavesNothingPendingInTheSearchIndex() throws InterruptedException {
        Team team = Team.create(port);
        String rows = new String(Uploads.rows(25_000), java.nio.charset.StandardCharsets.UTF_8);
        int afterHeader = rows.indexOf('\n') + 1;
        byte[] file = csv(rows.substring(0, afterHeader) + "Quarterly zephyr review,,,,\n" + rows.substring(afterHeader));
        assertThat(file.length).as("a file that defers the index merge").isGreaterThanOrEqualTo(1024 * 1024);

        Response done = Uploads.importFile(team, "large.csv", file);

        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(25_001);
        Response found = team.owner().get(team.path("/tasks?q=zephyr"));
        assertThat(found.json().get("items")).extracting(item -> item.get("title").asString())
                .containsExactly("Quarterly zephyr review");
        jdbc.sql("create extension if not exists pgstattuple").update();
        assertThat(pendingSearchEntriesWithin(Duration.ofSeconds(10))).isZero();
    }

    /** The import tidies the index just after it has committed, so the test may look a moment too early. */
    private long pendingSearchEntriesWithin(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        long pending;
        while ((pending = jdbc.sql("select pending_tuples from pgstatginindex('tasks_search_workspace')").query(Long.class).single()) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return pending;
    }

    @Test
    void skipInvalidImportsTheGoodRowsAndReportsEachBadOne() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", csv("""
                Title,Status,Priority,Due Date,Assignee
                Good one,To Do,High,2025-03-01,
                ,Done,Low,,
                Bad status,Sleeping,Low,,
                Bad date,Open,Low,31-31-2025,
                Nobody,Open,Low,,nobody@example.com
                Good two,Closed,Blocker,2025-03-02,
                """), "mode", "skip-invalid");
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsTotal").asInt()).isEqualTo(6);
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(2);
        assertThat(done.json().get("rowsRejected").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("select title || ':' || status || ':' || priority from tasks where import_id = cast(:id as uuid) order by source_row")
                .param("id", done.get("id")).query(String.class).list())
                .containsExactly("Good one:TODO:HIGH", "Good two:DONE:URGENT");
    }

    @Test
    void errorReportSaysRowColumnValueAndReason() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", csv("""
                Summary,Status,Due Date
                Fine,Open,
                Broken,Sleeping,someday
                """));
        String report = team.owner().get(team.path("/imports/" + done.get("id") + "/errors")).body();
        assertThat(report.lines().toList()).containsExactly(
                "row,column,value,reason",
                "3,Status,Sleeping,\"is not a status we know; use Backlog, To Do, In Progress, In Review or Done\"",
                "3,Due Date,someday,\"is not a date (use YYYY-MM-DD, or state the format at upload)\"");
    }

    @Test
    void errorReportNeutralisesAndQuotesFormulaLikeValues() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", csv("Summary,Status\nOne,@SUM(1)\nTwo,\" -2+3\"\n"));
        String report = team.owner().get(team.path("/imports/" + done.get("id") + "/errors")).body();
        assertThat(report).contains("2,Status,\"'@SUM(1)\",").contains("3,Status,\"' -2+3\",");
    }

    @Test
    void strictModeImportsNothingWhenAnyRowIsBad() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", csv("Title,Priority\nGood,Low\nBad,Whenever\nAlso good,High\n"),
                "mode", "strict");
        assertThat(done.get("status")).isEqualTo("FAILED");
        assertThat(done.get("error")).contains("strict");
        assertThat(done.json().get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(done.json().get("rowsInserted").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        assertThat(team.owner().get(team.path("/imports/" + done.get("id") + "/errors")).body())
                .contains("3,Priority,Whenever,");
    }

    @Test
    void strictModeImportsEverythingWhenAllRowsAreGood() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "t.csv", csv("Title\nA\nB\n"), "mode", "strict");
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(Uploads.tasksOf(jdbc, done.get("id"))).isEqualTo(2);
    }

    @Test
    void undoRemovesExactlyTheTasksOfThatImport() {
        Team team = Team.create(port);
        team.task(team.owner(), "By hand");
        Response keep = Uploads.importFile(team, "keep.csv", csv("Title\nKeep 1\nKeep 2\n"));
        Response undo = Uploads.importFile(team, "undo.csv", csv("Title\nGone 1\nGone 2\nGone 3\n"));
        Response accepted = team.owner().delete(team.path("/imports/" + undo.get("id")));
        assertThat(accepted.status()).isEqualTo(202);
        Response undone = Uploads.awaitEnd(team.owner(), team.path("/imports/" + undo.get("id")));
        assertThat(undone.get("status")).isEqualTo("UNDONE");
        assertThat(jdbc.sql("select title from tasks order by title").query(String.class).list())
                .containsExactly("By hand", "Keep 1", "Keep 2");
        assertThat(Uploads.tasksOf(jdbc, keep.get("id"))).isEqualTo(2);
        assertThat(team.owner().delete(team.path("/imports/" + undo.get("id"))).status()).isEqualTo(202);
    }

    @Test
    void managerMayUndoOwnImportsOnlyAndAdminAnyone() {
        Team team = Team.create(port);
        Api manager = team.get(Team.Seat.MANAGER);
        Response ownersImport = Uploads.importFile(team, "o.csv", csv("Title\nO\n"));
        assertThat(manager.delete(team.path("/imports/" + ownersImport.get("id"))).status()).isEqualTo(403);
        Response managers = Uploads.upload(manager, team.workspaceId, "m.csv", csv("Title\nM\n"), Map.of("projectId", team.projectId));
        Uploads.awaitEnd(manager, managers.header("Location"));
        assertThat(manager.delete(team.path("/imports/" + managers.get("id"))).status()).isEqualTo(202);
        assertThat(team.get(Team.Seat.ADMIN).delete(team.path("/imports/" + ownersImport.get("id"))).status()).isEqualTo(202);
    }

    @Test
    void membersAndViewersCannotImportButMayReadImports() {
        Team team = Team.create(port);
        Response done = Uploads.importFile(team, "o.csv", csv("Title\nO\n"));
        for (Team.Seat seat : List.of(Team.Seat.MEMBER, Team.Seat.VIEWER)) {
            Api person = team.get(seat);
            Response refused = Uploads.upload(person, team.workspaceId, "x.csv", csv("Title\nX\n"), Map.of("projectId", team.projectId));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(person.get(team.path("/imports/" + done.get("id"))).status()).isEqualTo(200);
            assertThat(person.get(team.path("/imports")).status()).isEqualTo(200);
            assertThat(person.delete(team.path("/imports/" + done.get("id"))).status()).isEqualTo(403);
        }
        Api outsider = team.get(Team.Seat.OUTSIDER);
        assertThat(outsider.get(team.path("/imports/" + done.get("id"))).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void historyIsNewestFirstInKeysetPages() {
        Team team = Team.create(port);
        for (int i = 0; i < 3; i++) {
            Uploads.importFile(team, "f" + i + ".csv", csv("Title\nT" + i + "\n"));
        }
        Response first = team.owner().get(team.path("/imports?limit=2"));
        assertThat(first.json().get("items").findValuesAsString("fileName")).containsExactly("f2.csv", "f1.csv");
        Response second = team.owner().get(team.path("/imports?limit=2&cursor=" + first.get("nextCursor")));
        assertThat(second.json().get("items").findValuesAsString("fileName")).containsExactly("f0.csv");
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void rowsNamingAnotherProjectGoThereAndUnknownProjectsAreRejected() {
        Team team = Team.create(port);
        String other = team.owner().post(team.path("/projects"), Map.of("name", "Mobile App")).get("id");
        Response done = Uploads.importFile(team, "p.csv", csv("Title,Project\nHere,\nThere,mobile app\nNowhere,Atlantis\n"));
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select cast(project_id as text) from tasks where title = 'There'").query(String.class).single()).isEqualTo(other);
        assertThat(jdbc.sql("select cast(project_id as text) from tasks where title = 'Here'").query(String.class).single()).isEqualTo(team.projectId);
    }

    @Test
    void assigneesMatchByEmailNameOrLogin() {
        Team team = Team.create(port);
        Api manager = team.get(Team.Seat.MANAGER);
        String login = manager.email().substring(0, manager.email().indexOf('@'));
        Response done = Uploads.importFile(team, "a.csv", csv("Title,Assignee\nBy email," + manager.email().toUpperCase()
                + "\nBy name,manager person\nBy login," + login + "\n"));
        assertThat(done.json().get("rowsInserted").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from tasks where assignee_id = cast(:u as uuid)").param("u", manager.userId())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aStatedDateFormatReadsDayFirstDates() {
        Team team = Team.create(port);
        Uploads.importFile(team, "d.csv", csv("Title,Due\nA,03/04/2025\n"), "dateFormat", "dd/MM/yyyy");
        assertThat(jdbc.sql("select cast(due_date as text) from tasks").query(String.class).single()).isEqualTo("2025-04-03");
        Response bad = Uploads.upload(team, "d.csv", csv("Title\nA\n"), "dateFormat", "qqq-{");
        assertThat(bad.status()).isEqualTo(400);
    }
}
