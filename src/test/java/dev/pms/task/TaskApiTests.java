package dev.pms.task;

import dev.pms.support.Api;
import dev.pms.support.TeamTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class TaskApiTests extends TeamTest {

    @Test
    void newTaskDefaultsToTodoWithoutPriorityAndGoesToTheEndOfItsColumn() {
        JsonNode first = owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "  First  ")).json();
        JsonNode second = owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "Second")).json();
        assertThat(first.get("title").asString()).isEqualTo("First");
        assertThat(first.get("status").asString()).isEqualTo("TODO");
        assertThat(first.get("priority").asString()).isEqualTo("NONE");
        assertThat(first.get("createdBy").asString()).isEqualTo(owner.userId());
        assertThat(second.get("position").asDouble()).isGreaterThan(first.get("position").asDouble());
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndNullClearsAssigneeAndDueDate() {
        String member = team.get(Team.Seat.MEMBER).userId();
        String id = created(Map.of("projectId", team.projectId, "title", "T", "description", "keep me",
                "assigneeId", member, "dueDate", "2026-12-24"));
        JsonNode renamed = owner.patch(team.path("/tasks/" + id), Map.of("version", 0, "title", "Renamed")).json();
        assertThat(renamed.get("description").asString()).isEqualTo("keep me");
        assertThat(renamed.get("assigneeId").asString()).isEqualTo(member);
        assertThat(renamed.get("version").asInt()).isEqualTo(1);
        JsonNode cleared = owner.send("PATCH", team.path("/tasks/" + id), "{\"version\":1,\"assigneeId\":null,\"dueDate\":null}").json();
        assertThat(cleared.get("assigneeId").isNull()).isTrue();
        assertThat(cleared.get("dueDate").isNull()).isTrue();
        assertThat(cleared.get("title").asString()).isEqualTo("Renamed");
        assertThat(cleared.get("updatedBy").asString()).isEqualTo(owner.userId());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = team.task(owner, "T");
        owner.patch(team.path("/tasks/" + id), Map.of("version", 0, "title", "Newer"));
        Response stale = owner.patch(team.path("/tasks/" + id), Map.of("version", 0, "title", "Older"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("type")).endsWith("/stale-version");
        assertThat(owner.get(team.path("/tasks/" + id)).get("title")).isEqualTo("Newer");
    }

    @Test
    void twoConcurrentMovesWithTheSameVersionBothApplyAndTheLastWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            String id = team.task(owner, "Contended " + round);
            Api other = team.get(Team.Seat.MEMBER);
            CountDownLatch start = new CountDownLatch(1);
            try (var pool = Executors.newFixedThreadPool(2)) {
                Future<Response> a = pool.submit(() -> { start.await(); return owner.post(team.path("/tasks/" + id + "/move"), Map.of("version", 0, "status", "DONE")); });
                Future<Response> b = pool.submit(() -> { start.await(); return other.post(team.path("/tasks/" + id + "/move"), Map.of("version", 0, "status", "IN_REVIEW")); });
                start.countDown();
                List<Response> moves = List.of(a.get(), b.get());
                assertThat(moves).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
                Response last = moves.get(0).json().get("version").asInt() == 2 ? moves.get(0) : moves.get(1);
                Response now = owner.get(team.path("/tasks/" + id));
                assertThat(now.json().get("version").asInt()).isEqualTo(2);
                assertThat(now.get("status")).isEqualTo(last.get("status"));
            }
        }
    }

    @Test
    void aMovePlacesTheTaskRightAfterItsNewNeighbourOrAtTheTop() {
        String a = team.task(owner, "A");
        String b = team.task(owner, "B");
        String c = team.task(owner, "C");
        owner.post(team.path("/tasks/" + c + "/move"), Map.of("version", 0, "status", "TODO", "afterTaskId", a));
        assertThat(column("TODO")).containsExactly("A", "C", "B");
        owner.post(team.path("/tasks/" + b + "/move"), Map.of("version", 0, "status", "TODO"));
        assertThat(column("TODO")).containsExactly("B", "A", "C");
        owner.post(team.path("/tasks/" + a + "/move"), Map.of("version", 0, "status", "DONE"));
        assertThat(column("TODO")).containsExactly("B", "C");
        assertThat(column("DONE")).containsExactly("A");
    }

    @Test
    void manyDropsInOnePlaceKeepTheOrderWhenTheColumnIsSpreadAgain() {
        String first = team.task(owner, "first");
        team.task(owner, "last");
        List<String> expected = new ArrayList<>(List.of("first"));
        for (int i = 0; i < 60; i++) {
            String id = team.task(owner, "n" + i);
            owner.post(team.path("/tasks/" + id + "/move"), Map.of("version", 0, "status", "TODO", "afterTaskId", first));
            expected.add(1, "n" + i);
        }
        expected.add("last");
        assertThat(column("TODO")).containsExactlyElementsOf(expected);
    }

    @Test
    void aBulkMoveIsAllOrNothing() {
        String a = team.task(owner, "A");
        String b = team.task(owner, "B");
        owner.patch(team.path("/tasks/" + b), Map.of("version", 0, "title", "B2"));
        String elsewhere = owner.post(team.path("/projects"), Map.of("name", "Elsewhere")).get("id");
        String c = team.task(owner, "C");
        owner.patch(team.path("/tasks/" + c), Map.of("version", 0, "projectId", elsewhere));
        Response bulk = owner.post(team.path("/tasks/moves"), Map.of("moves", List.of(
                Map.of("taskId", a, "version", 0, "status", "DONE", "projectId", team.projectId),
                Map.of("taskId", c, "version", 0, "status", "DONE", "projectId", team.projectId))));
        assertThat(bulk.status()).isEqualTo(409);
        assertThat(column("DONE")).isEmpty();
        Response fresh = owner.post(team.path("/tasks/moves"), Map.of("moves", List.of(
                Map.of("taskId", a, "version", 0, "status", "DONE"),
                Map.of("taskId", b, "version", 1, "status", "DONE", "afterTaskId", a))));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(column("DONE")).containsExactly("A", "B2");
    }

    @Test
    void theListFiltersByStatusAssigneeDueDatesAndText() {
        String member = team.get(Team.Seat.MEMBER).userId();
        created(Map.of("projectId", team.projectId, "title", "Fix login bug", "status", "IN_PROGRESS", "assigneeId", member, "dueDate", "2026-12-01"));
        created(Map.of("projectId", team.projectId, "title", "Write release notes", "status", "TODO", "dueDate", "2026-12-20"));
        created(Map.of("projectId", team.projectId, "title", "Plan offsite", "status", "DONE", "description", "bug bash day"));
        assertThat(titles("/tasks?status=IN_PROGRESS&status=DONE&sort=TITLE")).containsExactly("Fix login bug", "Plan offsite");
        assertThat(titles("/tasks?assignee=" + member)).containsExactly("Fix login bug");
        assertThat(titles("/tasks?assignee=none&sort=TITLE")).containsExactly("Plan offsite", "Write release notes");
        assertThat(titles("/tasks?dueAfter=2026-12-02&dueBefore=2026-12-31")).containsExactly("Write release notes");
        assertThat(titles("/tasks?q=bug&sort=TITLE")).containsExactly("Fix login bug", "Plan offsite");
        assertThat(owner.get(team.path("/tasks/count?q=bug")).json().get("count").asLong()).isEqualTo(2);
        assertThat(team.get(Team.Seat.MEMBER).get(team.path("/tasks?assignee=me")).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void keysetPagesVisitEveryTaskExactlyOnceInEverySortOrder() {
        String[] priorities = {"NONE", "LOW", "MEDIUM", "HIGH", "URGENT"};
        for (int i = 0; i < 23; i++) {
            created(Map.of("projectId", team.projectId, "title", "Task " + (i % 7), "priority", priorities[i % 5],
                    "dueDate", "2026-12-" + (10 + i % 4)));
        }
        Map<String, java.util.Comparator<JsonNode>> orders = Map.of(
                "POSITION", java.util.Comparator.comparingDouble(t -> t.get("position").asDouble()),
                "DUE", java.util.Comparator.comparing(t -> t.get("dueDate").asString()),
                "CREATED", java.util.Comparator.comparing((JsonNode t) -> java.time.Instant.parse(t.get("createdAt").asString())).reversed(),
                "PRIORITY", java.util.Comparator.comparing((JsonNode t) -> List.of(priorities).indexOf(t.get("priority").asString())).reversed(),
                "TITLE", java.util.Comparator.comparing(t -> t.get("title").asString()));
        for (String sort : List.of("POSITION", "DUE", "CREATED", "PRIORITY", "TITLE")) {
            Set<String> seen = new HashSet<>();
            List<JsonNode> all = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = owner.get(team.path("/tasks?limit=5&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor))).json();
                page.get("items").forEach(t -> assertThat(seen.add(t.get("id").asString())).as(sort).isTrue());
                page.get("items").forEach(all::add);
                cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
                pages++;
            } while (cursor != null);
            assertThat(seen).as(sort).hasSize(23);
            assertThat(pages).isEqualTo(5);
            assertThat(all).as(sort).isSortedAccordingTo(orders.get(sort));
            assertThat(all).as(sort).allSatisfy(t -> assertThat(t.get("key").asString()).matches("[A-Z0-9]+-\\d+"));
        }
    }

    @Test
    void myTasksListsOpenTasksAssignedToMeSoonestDueFirst() {
        Api member = team.get(Team.Seat.MEMBER);
        created(Map.of("projectId", team.projectId, "title", "Later", "assigneeId", member.userId(), "dueDate", "2026-12-30"));
        created(Map.of("projectId", team.projectId, "title", "Sooner", "assigneeId", member.userId(), "dueDate", "2026-12-01"));
        created(Map.of("projectId", team.projectId, "title", "Whenever", "assigneeId", member.userId()));
        created(Map.of("projectId", team.projectId, "title", "Finished", "assigneeId", member.userId(), "status", "DONE"));
        created(Map.of("projectId", team.projectId, "title", "Not mine"));
        List<String> mine = new ArrayList<>();
        member.get(team.path("/my-tasks")).json().get("items").forEach(t -> mine.add(t.get("title").asString()));
        assertThat(mine).containsExactly("Sooner", "Later", "Whenever");
    }

    @Test
    void theCalendarShowsTasksDueInTheRangeAndRefusesHugeRanges() {
        created(Map.of("projectId", team.projectId, "title", "In", "dueDate", "2026-12-15"));
        created(Map.of("projectId", team.projectId, "title", "Out", "dueDate", "2027-01-15"));
        JsonNode december = owner.get(team.path("/calendar?from=2026-12-01&to=2026-12-31")).json();
        assertThat(december.size()).isEqualTo(1);
        assertThat(december.get(0).get("title").asString()).isEqualTo("In");
        assertThat(owner.get(team.path("/calendar?from=2026-01-01&to=2026-12-31")).status()).isEqualTo(400);
    }

    @Test
    void anArchivedProjectTakesNoNewTasksAndDeletingAProjectDeletesItsTasks() {
        String p = owner.post(team.path("/projects"), Map.of("name", "Old")).get("id");
        owner.post(team.path("/tasks"), Map.of("projectId", p, "title", "t"));
        owner.patch(team.path("/projects/" + p), Map.of("archived", true));
        assertThat(owner.post(team.path("/tasks"), Map.of("projectId", p, "title", "t2")).status()).isEqualTo(409);
        assertThat(owner.delete(team.path("/projects/" + p)).status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from tasks where project_id = cast(:p as uuid)").param("p", p).query(Long.class).single()).isZero();
    }

    @Test
    void removingAMemberUnassignsTheirTasksButKeepsThem() {
        Api member = team.get(Team.Seat.MEMBER);
        String id = created(Map.of("projectId", team.projectId, "title", "Theirs", "assigneeId", member.userId()));
        owner.delete(team.path("/members/" + member.userId()));
        JsonNode task = owner.get(team.path("/tasks/" + id)).json();
        assertThat(task.get("assigneeId").isNull()).isTrue();
    }

    @Test
    void aMemberDeletesOnlyTheTasksTheyCreated() {
        Api member = team.get(Team.Seat.MEMBER);
        String own = team.task(member, "Mine");
        String others = team.task(owner, "Owner's");
        assertThat(member.delete(team.path("/tasks/" + others)).status()).isEqualTo(403);
        assertThat(member.delete(team.path("/tasks/" + own)).status()).isEqualTo(204);
        assertThat(owner.get(team.path("/tasks/" + others)).status()).isEqualTo(200);
    }

    private String created(Map<String, Object> body) {
        Response r = owner.post(team.path("/tasks"), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.get("id");
    }

    private List<String> column(String status) {
        List<String> titles = new ArrayList<>();
        owner.get(team.path("/projects/" + team.projectId + "/board")).json().get(status).get("items")
                .forEach(t -> titles.add(t.get("title").asString()));
        return titles;
    }

    private List<String> titles(String query) {
        List<String> titles = new ArrayList<>();
        owner.get(team.path(query)).json().get("items").forEach(t -> titles.add(t.get("title").asString()));
        return titles;
    }
}
