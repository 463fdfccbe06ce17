package dev.pms.task;

import dev.pms.platform.web.ProblemException;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Subtasks through the API on the real database: parent set and cleared, progress, cycles, depth, deletion. */
class SubtaskApiTests extends IntegrationTest {
    @Autowired
    TaskService tasks;
    @Autowired
    WorkspaceQueries workspaces;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTaskGetsAParentItsParentCountsItsSubtasksDoneAndTheParentIsCleared() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String parent = team.task(owner, "Launch");
        String first = team.task(owner, "Write the copy");
        String second = team.task(owner, "Draw the banner");
        Response set = parentOf(owner, team, first, parent);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.get("parentId")).isEqualTo(parent);
        assertThat(set.get("parentKey")).isEqualTo(owner.get(team.path("/tasks/" + parent)).get("key"));
        parentOf(owner, team, second, parent);
        owner.patch(team.path("/tasks/" + second), Map.of("version", version(owner, team, second), "status", "DONE"));
        JsonNode progress = owner.get(team.path("/tasks/" + parent)).json().get("subtasks");
        assertThat(progress.get("done").asInt()).isEqualTo(1);
        assertThat(progress.get("total").asInt()).isEqualTo(2);
        JsonNode listed = owner.get(team.path("/tasks?limit=10")).json().get("items");
        listed.forEach(t -> {
            if (t.get("id").asString().equals(parent)) {
                assertThat(t.get("subtasks").get("total").asInt()).isEqualTo(2);
            }
        });
        assertThat(titles(owner.get(team.path("/tasks/" + parent + "/subtasks")).json().get("items")))
                .containsExactly("Write the copy", "Draw the banner");
        Response cleared = parentOf(owner, team, first, null);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("parentId").isNull()).isTrue();
        assertThat(titles(owner.get(team.path("/tasks/" + parent + "/subtasks")).json().get("items"))).containsExactly("Draw the banner");
        assertThat(owner.get(team.path("/tasks/" + first + "/activity")).body()).contains("PARENT");
    }

    @Test
    void subtasksAreListedAKeysetPageAtATimeInTheOrderTheyWereMade() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String parent = team.task(owner, "Launch");
        List<String> made = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String child = team.task(owner, "Step " + i);
            parentOf(owner, team, child, parent);
            made.add("Step " + i);
        }
        List<String> listed = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Response page = owner.get(team.path("/tasks/" + parent + "/subtasks?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            sizes.add(page.json().get("items").size());
            listed.addAll(titles(page.json().get("items")));
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(listed).isEqualTo(made);
        Response forged = owner.get(team.path("/tasks/" + parent + "/subtasks?cursor=bm90IGEgY3Vyc29y"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).doesNotContain("Exception");
        assertThat(owner.get(team.path("/tasks/" + parent + "/subtasks?limit=0")).status()).isEqualTo(400);
    }

    @Test
    void aCycleIsRefusedWithAProblemInWords() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String a = team.task(owner, "A");
        String b = team.task(owner, "B");
        String c = team.task(owner, "C");
        parentOf(owner, team, b, a);
        parentOf(owner, team, c, b);
        Response cycle = parentOf(owner, team, a, c);
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.get("detail")).isEqualTo("This parent is one of the task's own subtasks: a task cannot be below itself.");
        Response self = parentOf(owner, team, a, a);
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.get("detail")).isEqualTo("A task cannot be its own parent.");
        assertThat(owner.get(team.path("/tasks/" + a)).json().get("parentId").isNull()).isTrue();
    }

    @Test
    void subtasksGoAtMostFiveLevelsBelowTheirTopTask() {
        Team team = Team.create(port);
        Api owner = team.owner();
        List<String> chain = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            chain.add(team.task(owner, "Level " + i));
            if (i > 0) {
                assertThat(parentOf(owner, team, chain.get(i), chain.get(i - 1)).status()).isEqualTo(200);
            }
        }
        String tooDeep = team.task(owner, "Level 6");
        Response refused = parentOf(owner, team, tooDeep, chain.get(5));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("detail")).contains("at most 5 levels");
        // a task with a subtask of its own counts that level too
        String top = team.task(owner, "Another top");
        String below = team.task(owner, "Below it");
        parentOf(owner, team, below, top);
        assertThat(parentOf(owner, team, top, chain.get(4)).status()).isEqualTo(409);
        assertThat(parentOf(owner, team, top, chain.get(3)).status()).isEqualTo(200);
    }

    @Test
    void aParentOfAnotherWorkspaceOrUnknownIsNotFound() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String task = team.task(owner, "Mine");
        Api outsider = team.get(Team.Seat.OUTSIDER);
        String project = outsider.post("/api/v1/workspaces/" + team.otherWorkspaceId + "/projects", Map.of("name", "Theirs")).get("id");
        String theirs = outsider.post("/api/v1/workspaces/" + team.otherWorkspaceId + "/tasks",
                Map.of("projectId", project, "title", "Theirs")).get("id");
        Response other = parentOf(owner, team, task, theirs);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.get("detail")).isEqualTo("The parent task does not exist in this workspace or was deleted.");
        assertThat(parentOf(owner, team, task, UUID.randomUUID().toString()).status()).isEqualTo(404);
    }

    @Test
    void deletingAParentAsksThenDeletesOrDetachesItsSubtasks() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String parent = team.task(owner, "Parent");
        String child = team.task(owner, "Child");
        String grandchild = team.task(owner, "Grandchild");
        parentOf(owner, team, child, parent);
        parentOf(owner, team, grandchild, child);
        Response asked = owner.delete(team.path("/tasks/" + parent));
        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.get("detail")).isEqualTo("'Parent' has 1 subtask: choose whether to delete them too or to detach them"
                + " (subtasks=delete or subtasks=detach).");
        assertThat(owner.delete(team.path("/tasks/" + parent + "?subtasks=maybe")).status()).isEqualTo(400);
        assertThat(owner.delete(team.path("/tasks/" + child + "?subtasks=detach")).status()).isEqualTo(204);
        assertThat(owner.get(team.path("/tasks/" + grandchild)).json().get("parentId").isNull()).isTrue();
        assertThat(owner.get(team.path("/tasks/" + parent)).json().get("subtasks").get("total").asInt()).isZero();

        parentOf(owner, team, grandchild, parent);
        String deeper = team.task(owner, "Deeper");
        parentOf(owner, team, deeper, grandchild);
        assertThat(owner.delete(team.path("/tasks/" + parent + "?subtasks=delete")).status()).isEqualTo(204);
        for (String gone : List.of(parent, grandchild, deeper)) {
            assertThat(owner.get(team.path("/tasks/" + gone)).status()).isEqualTo(404);
        }
    }

    @Test
    void aMemberCannotDeleteSubtasksSomeoneElseCreatedAlongWithTheirOwnTask() {
        Team team = Team.create(port);
        Api member = team.get(Team.Seat.MEMBER);
        String parent = team.task(member, "Mine");
        String child = team.task(team.owner(), "The owner's");
        parentOf(member, team, child, parent);
        Response refused = member.delete(team.path("/tasks/" + parent + "?subtasks=delete"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(member.get(team.path("/tasks/" + parent)).status()).isEqualTo(200);
        assertThat(member.get(team.path("/tasks/" + child)).status()).isEqualTo(200);
    }

    /**
     * A under B and B under A at once: each alone is valid. The first holds its transaction open; the second must
     * wait for it and then see the cycle, instead of both committing.
     */
    @Test
    void twoChangesThatTogetherMakeACycleDoNotBothSucceed() throws Exception {
        Team team = Team.create(port);
        Api owner = team.owner();
        UUID a = UUID.fromString(team.task(owner, "A"));
        UUID b = UUID.fromString(team.task(owner, "B"));
        WorkspaceAccess access = workspaces.accessOf(UUID.fromString(team.workspaceId), UUID.fromString(owner.userId())).orElseThrow();
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            tasks.setParent(access, a, b);
            firstDone.countDown();
            await(release);
        }));
        assertThat(firstDone.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Task> second = CompletableFuture.supplyAsync(() -> tasks.setParent(access, b, a));
        Thread.sleep(300);
        assertThat(second).as("waits for the first change's transaction").isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ProblemException.class)
                .hasMessageContaining("cannot be below itself");
        assertThat(owner.get(team.path("/tasks/" + a)).get("parentId")).isEqualTo(b.toString());
        assertThat(owner.get(team.path("/tasks/" + b)).json().get("parentId").isNull()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Response parentOf(Api who, Team team, String task, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version(who, team, task));
        body.put("parentId", parent);
        return who.patch(team.path("/tasks/" + task), body);
    }

    private static int version(Api who, Team team, String task) {
        return who.get(team.path("/tasks/" + task)).json().get("version").asInt();
    }

    private static List<String> titles(JsonNode tasks) {
        List<String> titles = new ArrayList<>();
        tasks.forEach(t -> titles.add(t.get("title").asString()));
        return titles;
    }
}
