package dev.pms.activity;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's stream lists each change, with who, how, old and new, in the order they were made, comments in between. */
class ActivityStreamTests extends IntegrationTest {

    @Test
    void theStreamOfATaskChangedByHandByTheApiAndByAnImportThenMovedAndCommentedListsEachChangeInOrder() {
        Team team = Team.create(port);
        Api owner = team.owner();
        Api member = team.get(Seat.MEMBER);
        Response done = Uploads.importFile(team, "sprint.csv", Uploads.csv("Title,Priority\nShip the release,Low\nWrite notes,High\n"));
        String importId = done.get("id");
        String taskId = owner.get(team.path("/tasks?q=release")).json().get("items").get(0).get("id").asString();

        Response byHand = member.sendRaw("POST", "/w/" + team.workspaceId + "/tasks/" + taskId,
                "title=Ship+release+1.0&projectId=" + team.projectId + "&status=TODO&priority=HIGH&version=0", "application/x-www-form-urlencoded");
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(302);
        Response byApi = owner.patch(team.path("/tasks/" + taskId), Map.of("version", 1, "assigneeId", member.userId(), "dueDate", "2027-01-04"));
        assertThat(byApi.status()).as(byApi.toString()).isEqualTo(200);
        assertThat(member.post(team.path("/tasks/" + taskId + "/move"), Map.of("version", 2, "status", "DONE")).status()).isEqualTo(200);
        Response comment = member.post(team.path("/tasks/" + taskId + "/comments"), Map.of("body", "Shipped, see **notes**"));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);

        List<String> stream = new ArrayList<>();
        for (JsonNode e : all(owner, team.path("/tasks/" + taskId + "/activity?limit=2"))) {
            stream.add(String.join(" | ", e.get("kind").asString(), e.get("actorName").asString(), text(e, "via"), text(e, "field"),
                    text(e, "oldLabel"), text(e, "newLabel"), text(e, "importFileName"),
                    e.get("comment").isNull() ? "" : e.get("comment").get("html").asString().strip()));
            assertThat(e.get("at").asString()).isNotBlank();
        }
        assertThat(stream).containsExactly(
                "IMPORTED | Olivia Owner | IMPORT |  |  |  | sprint.csv | ",
                "CHANGED | Member Person | PAGE | TITLE | Ship the release | Ship release 1.0 |  | ",
                "CHANGED | Member Person | PAGE | PRIORITY | Low | High |  | ",
                "CHANGED | Olivia Owner | API | ASSIGNEE | Nobody | Member Person |  | ",
                "CHANGED | Olivia Owner | API | DUE_DATE | None | 4 Jan 2027 |  | ",
                "MOVED | Member Person | API | STATUS | To do | Done |  | ",
                "COMMENTED | Member Person |  |  |  |  |  | <p>Shipped, see <strong>notes</strong></p>");
        assertThat(all(owner, team.path("/tasks/" + taskId + "/activity?limit=50")).getFirst().get("newValue").asString())
                .as("the rows the import stored").isEqualTo("2");
        assertThat(jdbc.sql("select count(*) from activity where import_id = cast(:id as uuid)").param("id", importId)
                .query(Long.class).single()).as("one entry for the whole import").isOne();
    }

    @Test
    void aMoveBetweenTwoStatesOfOneCategoryIsAMoveFromOneToTheOther() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String ready = team.state("Ready", "TODO");
        String verified = team.state("Verified", "TODO");
        String taskId = team.task(owner, "Check the fix");
        for (int version = 0; version < 2; version++) {
            Response moved = owner.post(team.path("/tasks/" + taskId + "/move"),
                    Map.of("version", version, "status", "TODO", "stateId", version == 0 ? ready : verified));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        List<String> moves = all(owner, team.path("/tasks/" + taskId + "/activity?limit=50")).stream()
                .filter(e -> "MOVED".equals(e.get("kind").asString()))
                .map(e -> text(e, "field") + " | " + text(e, "oldLabel") + " | " + text(e, "newLabel")).toList();
        assertThat(moves).containsExactly("STATE | To do | Ready", "STATE | Ready | Verified");
        String page = owner.get("/w/" + team.workspaceId + "/tasks/" + taskId + "/activity").body();
        assertThat(page).contains("moved the task from Ready to Verified");
    }

    @Test
    void aTaskMadeByHandStartsWithItsCreationAndAnImportAndItsUndoAreOneEntryEach() {
        Team team = Team.create(port);
        String taskId = team.task(team.owner(), "By hand");
        JsonNode first = team.owner().get(team.path("/tasks/" + taskId + "/activity")).json().get("items").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("CREATED");
        assertThat(first.get("via").asString()).isEqualTo("API");
        assertThat(first.get("newValue").asString()).isEqualTo("By hand");

        String importId = Uploads.importFile(team, "many.csv", Uploads.rows(300)).get("id");
        assertThat(Uploads.tasksOf(jdbc, importId)).isEqualTo(300);
        assertThat(team.owner().delete(team.path("/imports/" + importId)).status()).isEqualTo(202);
        Uploads.awaitEnd(team.owner(), team.path("/imports/" + importId));
        assertThat(jdbc.sql("select kind from activity where import_id = cast(:id as uuid) order by at").param("id", importId)
                .query(String.class).list()).containsExactly("IMPORTED", "UNDONE");
    }

    @Test
    void aStaleOrForeignTaskHasNoStreamAndAPageIsKeyset() {
        Team team = Team.create(port);
        String taskId = team.task(team.owner(), "Busy");
        for (int v = 0; v < 4; v++) {
            team.owner().patch(team.path("/tasks/" + taskId), Map.of("version", v, "title", "Busy " + v));
        }
        List<JsonNode> all = all(team.owner(), team.path("/tasks/" + taskId + "/activity?limit=1"));
        assertThat(all).extracting(e -> e.get("newValue").asString()).containsExactly("Busy", "Busy 0", "Busy 1", "Busy 2", "Busy 3");
        assertThat(team.get(Seat.OUTSIDER).get(team.path("/tasks/" + taskId + "/activity")).status()).isEqualTo(404);
        assertThat(team.get(Seat.VIEWER).get(team.path("/tasks/" + taskId + "/activity")).status()).isEqualTo(200);
        Response bad = team.owner().get(team.path("/tasks/" + taskId + "/activity?cursor=bm90IGEgY3Vyc29y"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception");
    }

    private static List<JsonNode> all(Api who, String first) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            Response page = who.get(first + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(items::add);
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return items;
    }

    private static String text(JsonNode e, String field) {
        JsonNode value = e.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
