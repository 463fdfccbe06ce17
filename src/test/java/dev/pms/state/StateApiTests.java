package dev.pms.state;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's states through the API, against the real database: the defaults, changes, their errors and the tasks in them. */
class StateApiTests extends IntegrationTest {

    @Test
    void aProjectStartsWithOneStatePerCategoryNamedAsTheCategories() {
        Team team = Team.create(port);
        JsonNode states = team.owner().get(states(team)).json();
        assertThat(names(states)).containsExactly("Backlog", "To do", "In progress", "In review", "Done");
        assertThat(field(states, "category")).containsExactly("BACKLOG", "TODO", "IN_PROGRESS", "IN_REVIEW", "DONE");
        String created = team.owner().post(team.path("/projects"), Map.of("name", "Second")).get("id");
        assertThat(team.owner().get(team.path("/projects/" + created + "/states")).json().size()).isEqualTo(5);
    }

    @Test
    void aManagerAddsRenamesReordersAndRemovesStates() {
        Team team = Team.create(port);
        Api manager = team.get(Team.Seat.MANAGER);
        Response ready = manager.post(states(team), Map.of("name", " Ready for deploy ", "category", "IN_REVIEW"));
        assertThat(ready.status()).isEqualTo(201);
        assertThat(ready.get("name")).isEqualTo("Ready for deploy");
        // a new state goes after the last one of its category
        assertThat(names(manager.get(states(team)).json()))
                .containsExactly("Backlog", "To do", "In progress", "In review", "Ready for deploy", "Done");
        Response renamed = manager.patch(states(team) + "/" + ready.get("id"), Map.of("name", "Deployable"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.get("name")).isEqualTo("Deployable");
        List<String> ids = field(manager.get(states(team)).json(), "id");
        List<String> reversed = new ArrayList<>(ids.reversed());
        Response reordered = manager.send("PUT", states(team) + "/order", Map.of("stateIds", reversed));
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(names(reordered.json())).containsExactly("Done", "Deployable", "In review", "In progress", "To do", "Backlog");
        Response removed = manager.delete(states(team) + "/" + ready.get("id"));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("movedTasks").asInt()).isZero();
        assertThat(names(manager.get(states(team)).json())).containsExactly("Done", "In review", "In progress", "To do", "Backlog");
    }

    @Test
    void eachWrongChangeIsRefusedInWords() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String review = id(owner.get(states(team)).json(), "In review");
        Response twin = owner.post(states(team), Map.of("name", "IN REVIEW", "category", "DONE"));
        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.get("detail")).isEqualTo("A state named \"IN REVIEW\" already exists in this project.");
        Response last = owner.delete(states(team) + "/" + review);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.get("detail")).isEqualTo("'In review' is the last state of its category In review; a project keeps one state per category at least.");
        Response unknownCategory = owner.post(states(team), Map.of("name", "Later", "category", "SOMEDAY"));
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.body()).doesNotContain("dev.pms").doesNotContain("TaskStatus");
        assertThat(owner.post(states(team), Map.of("name", "  ", "category", "DONE")).status()).isEqualTo(400);
        Response unknown = owner.patch(states(team) + "/" + UUID.randomUUID(), Map.of("name", "Gone"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.get("detail")).isEqualTo("This state does not exist or was deleted.");
        String other = owner.post(team.path("/projects"), Map.of("name", "Other")).get("id");
        String othersReview = id(owner.get(team.path("/projects/" + other + "/states")).json(), "In review");
        assertThat(owner.patch(states(team) + "/" + othersReview, Map.of("name", "Mine now")).status()).isEqualTo(404);
        assertThat(owner.delete(states(team) + "/" + othersReview).status()).isEqualTo(404);
        String verified = owner.post(states(team), Map.of("name", "Verified", "category", "IN_REVIEW")).get("id");
        Response wrongTarget = owner.delete(states(team) + "/" + verified + "?moveTo=" + id(owner.get(states(team)).json(), "Done"));
        assertThat(wrongTarget.status()).isEqualTo(400);
        assertThat(wrongTarget.get("detail")).isEqualTo("moveTo: names no other state of this project in the category In review");
        Response partOrder = owner.send("PUT", states(team) + "/order", Map.of("stateIds", List.of(verified)));
        assertThat(partOrder.status()).isEqualTo(400);
        assertThat(partOrder.get("detail")).isEqualTo("stateIds: must name each state of the project once");
        assertThat(owner.get(team.path("/projects/" + UUID.randomUUID() + "/states")).status()).isEqualTo(404);
    }

    @Test
    void aTaskTakesAStateAndItsCategoryAndAStatusAloneTakesTheFirstStateOfItsCategory() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String verified = owner.post(states(team), Map.of("name", "Verified", "category", "DONE")).get("id");
        String task = team.task(owner, "Ship it");
        JsonNode fresh = owner.get(team.path("/tasks/" + task)).json();
        assertThat(fresh.get("state").get("name").asString()).isEqualTo("To do");
        Response set = owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "stateId", verified));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.get("status")).isEqualTo("DONE");
        assertThat(set.json().get("state").get("id").asString()).isEqualTo(verified);
        assertThat(set.json().get("state").get("name").asString()).isEqualTo("Verified");
        assertThat(set.json().get("state").get("category").asString()).isEqualTo("DONE");
        JsonNode listed = owner.get(team.path("/tasks?limit=5")).json().get("items").get(0);
        assertThat(listed.get("state").get("name").asString()).isEqualTo("Verified");
        Response byStatus = owner.patch(team.path("/tasks/" + task), Map.of("version", 1, "status", "DONE", "title", "Shipped"));
        assertThat(byStatus.json().get("state").get("name").asString()).isEqualTo("Verified");
        Response reopened = owner.patch(team.path("/tasks/" + task), Map.of("version", 2, "status", "IN_PROGRESS"));
        assertThat(reopened.json().get("state").get("name").asString()).isEqualTo("In progress");
        Response dropped = owner.post(team.path("/tasks/moves"), Map.of("moves", List.of(
                Map.of("taskId", task, "version", 3, "status", "TODO", "stateId", verified))));
        assertThat(dropped.status()).isEqualTo(200);
        assertThat(dropped.json().get(0).get("status").asString()).isEqualTo("DONE");
        assertThat(dropped.json().get(0).get("state").get("name").asString()).isEqualTo("Verified");
    }

    @Test
    void aStateOfAnotherProjectIsRefusedAndAMovedTaskTakesTheFirstStateOfItsCategoryThere() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String other = owner.post(team.path("/projects"), Map.of("name", "Other")).get("id");
        String theirs = owner.post(team.path("/projects/" + other + "/states"), Map.of("name", "Theirs", "category", "TODO")).get("id");
        String verified = owner.post(states(team), Map.of("name", "Verified", "category", "DONE")).get("id");
        String task = team.task(owner, "Travel");
        Response refused = owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "stateId", theirs));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("detail")).isEqualTo("stateId: names a state that does not exist in the task's project");
        owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "stateId", verified));
        Response moved = owner.patch(team.path("/tasks/" + task), Map.of("version", 1, "projectId", other));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.get("status")).isEqualTo("DONE");
        assertThat(moved.json().get("state").get("id").asString())
                .isEqualTo(id(owner.get(team.path("/projects/" + other + "/states")).json(), "Done"));
        Response movedWithState = owner.patch(team.path("/tasks/" + task), Map.of("version", 2, "projectId", team.projectId, "stateId", verified));
        assertThat(movedWithState.json().get("state").get("name").asString()).isEqualTo("Verified");
    }

    @Test
    void filteringByACategoryFindsTheTasksOfAllItsStates() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String qa = owner.post(states(team), Map.of("name", "QA", "category", "IN_PROGRESS")).get("id");
        String coding = team.task(owner, "Coding");
        owner.patch(team.path("/tasks/" + coding), Map.of("version", 0, "status", "IN_PROGRESS"));
        String testing = team.task(owner, "Testing");
        owner.patch(team.path("/tasks/" + testing), Map.of("version", 0, "stateId", qa));
        team.task(owner, "Waiting");
        JsonNode found = owner.get(team.path("/tasks?status=IN_PROGRESS&sort=TITLE")).json().get("items");
        assertThat(field(found, "title")).containsExactly("Coding", "Testing");
        assertThat(found.get(0).get("state").get("name").asString()).isEqualTo("In progress");
        assertThat(found.get(1).get("state").get("name").asString()).isEqualTo("QA");
        assertThat(owner.get(team.path("/tasks/count?status=IN_PROGRESS")).json().get("count").asLong()).isEqualTo(2);
    }

    @Test
    void removingAStateWithTenThousandTasksMovesThemAllInOneTransaction() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String blocked = owner.post(states(team), Map.of("name", "Blocked", "category", "IN_PROGRESS")).get("id");
        String waiting = owner.post(states(team), Map.of("name", "Waiting", "category", "IN_PROGRESS")).get("id");
        int inserted = jdbc.sql("""
                        insert into tasks (id, workspace_id, project_id, title, status, priority, position, created_by, number, state_id)
                        select gen_random_uuid(), :ws, :project, 'Task ' || n, 'IN_PROGRESS', 'NONE', n * 1024, :owner, 100 + n, :state
                        from generate_series(1, 10000) as n""")
                .param("ws", UUID.fromString(team.workspaceId)).param("project", UUID.fromString(team.projectId))
                .param("owner", UUID.fromString(owner.userId())).param("state", UUID.fromString(blocked)).update();
        assertThat(inserted).isEqualTo(10_000);
        String other = team.task(owner, "In the first state");
        owner.patch(team.path("/tasks/" + other), Map.of("version", 0, "status", "IN_PROGRESS"));

        Response removed = owner.delete(states(team) + "/" + blocked + "?moveTo=" + waiting);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("movedTasks").asInt()).isEqualTo(10_000);
        assertThat(jdbc.sql("select count(*) from tasks where state_id = :s").param("s", UUID.fromString(waiting)).query(Long.class).single())
                .isEqualTo(10_000L);
        // every moved row was written by one and the same transaction
        assertThat(jdbc.sql("select count(distinct xmin::text) from tasks where state_id = :s").param("s", UUID.fromString(waiting))
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from project_states where id = :s").param("s", UUID.fromString(blocked)).query(Long.class).single())
                .isZero();
        assertThat(owner.get(team.path("/tasks/" + other)).json().get("state").get("name").asString()).isEqualTo("In progress");
        assertThat(owner.get(team.path("/tasks/count?status=IN_PROGRESS")).json().get("count").asLong()).isEqualTo(10_001);
    }

    @Test
    void removingTheFirstStateOfACategoryMovesTheTasksThatNameNoStateToo() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String states = states(team);
        String todo = id(owner.get(states).json(), "To do");
        String next = owner.post(states, Map.of("name", "Next up", "category", "TODO")).get("id");
        String task = team.task(owner, "Unpinned");
        assertThat(jdbc.sql("select count(*) from tasks where id = :id and state_id is null").param("id", UUID.fromString(task))
                .query(Long.class).single()).isEqualTo(1L);
        Response removed = owner.delete(states + "/" + todo);
        assertThat(removed.json().get("movedTasks").asInt()).isEqualTo(1);
        assertThat(owner.get(team.path("/tasks/" + task)).json().get("state").get("id").asString()).isEqualTo(next);
    }

    @Test
    void aProjectWhoseTasksAreInItsStatesIsDeletedWithThem() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String doomed = owner.post(team.path("/projects"), Map.of("name", "Doomed")).get("id");
        String verified = owner.post(team.path("/projects/" + doomed + "/states"), Map.of("name", "Verified", "category", "DONE")).get("id");
        String task = owner.post(team.path("/tasks"), Map.of("projectId", doomed, "title", "Pinned")).get("id");
        assertThat(owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "stateId", verified)).status()).isEqualTo(200);
        assertThat(owner.delete(team.path("/projects/" + doomed)).status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from project_states where project_id = :p").param("p", UUID.fromString(doomed))
                .query(Long.class).single()).isZero();
        assertThat(owner.get(team.path("/tasks/" + task)).status()).isEqualTo(404);
    }

    private static String states(Team team) {
        return team.path("/projects/" + team.projectId + "/states");
    }

    private static String id(JsonNode states, String name) {
        for (JsonNode state : states) {
            if (state.get("name").asString().equals(name)) {
                return state.get("id").asString();
            }
        }
        throw new AssertionError("no state " + name);
    }

    private static List<String> names(JsonNode states) {
        return field(states, "name");
    }

    private static List<String> field(JsonNode nodes, String name) {
        List<String> values = new ArrayList<>();
        nodes.forEach(n -> values.add(n.get(name).asString()));
        return values;
    }
}
