package dev.pms.workspace;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A member of workspace A reaches nothing of workspace B: not by path, not by ids inside request bodies. */
class IsolationTests extends IntegrationTest {
    Team a;
    Api alice;
    String bWorkspace;
    String bProject;
    String bTask;
    String bUser;

    @BeforeEach
    void twoWorkspaces() {
        a = Team.create(port);
        alice = a.owner();
        Api bob = signUp("Bob");
        bUser = bob.userId();
        bWorkspace = bob.post("/api/v1/workspaces", Map.of("name", "B")).get("id");
        bProject = bob.post("/api/v1/workspaces/" + bWorkspace + "/projects", Map.of("name", "Secret")).get("id");
        bTask = bob.post("/api/v1/workspaces/" + bWorkspace + "/tasks", Map.of("projectId", bProject, "title", "Secret task")).get("id");
    }

    @Test
    void everythingOfAnotherWorkspaceIsNotFoundByPath() {
        String b = "/api/v1/workspaces/" + bWorkspace;
        for (String path : List.of(b, b + "/projects", b + "/projects/" + bProject, b + "/tasks", b + "/tasks/" + bTask,
                b + "/members", b + "/members/" + bUser, b + "/invite", b + "/calendar?from=2026-01-01&to=2026-01-31",
                b + "/projects/" + bProject + "/board", b + "/my-tasks")) {
            assertThat(alice.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(alice.patch(b + "/tasks/" + bTask, Map.of("version", 0, "title", "Mine now")).status()).isEqualTo(404);
        assertThat(alice.delete(b + "/tasks/" + bTask).status()).isEqualTo(404);
        assertThat(alice.delete(b + "/projects/" + bProject).status()).isEqualTo(404);
        assertThat(alice.post(b + "/invite/reset", null).status()).isEqualTo(404);
    }

    @Test
    void idsOfAnotherWorkspaceInsideOwnPathsAreNotFound() {
        assertThat(alice.get(a.path("/tasks/" + bTask)).status()).isEqualTo(404);
        assertThat(alice.get(a.path("/projects/" + bProject)).status()).isEqualTo(404);
        assertThat(alice.get(a.path("/members/" + bUser)).status()).isEqualTo(404);
        assertThat(alice.delete(a.path("/tasks/" + bTask)).status()).isEqualTo(404);
        assertThat(alice.patch(a.path("/members/" + bUser), Map.of("role", "VIEWER")).status()).isEqualTo(404);
        assertThat(alice.post(a.path("/tasks/" + bTask + "/move"), Map.of("version", 0, "status", "DONE")).status()).isEqualTo(404);
    }

    @Test
    void idsOfAnotherWorkspaceInsideBodiesAreNotFound() {
        String own = a.task(alice, "Own");
        Response intoForeignProject = alice.patch(a.path("/tasks/" + own), Map.of("version", 0, "projectId", bProject));
        Response createInForeignProject = alice.post(a.path("/tasks"), Map.of("projectId", bProject, "title", "Sneaky"));
        Response assignForeignUser = alice.patch(a.path("/tasks/" + own), Map.of("version", 0, "assigneeId", bUser));
        Response createForForeignUser = alice.post(a.path("/tasks"), Map.of("projectId", a.projectId, "title", "x", "assigneeId", bUser));
        Response moveAfterForeignTask = alice.post(a.path("/tasks/" + own + "/move"), Map.of("version", 0, "status", "TODO", "afterTaskId", bTask));
        Response bulkMoveForeignTask = alice.post(a.path("/tasks/moves"), Map.of("moves", List.of(Map.of("taskId", bTask, "version", 0, "status", "DONE"))));
        Response transferToForeignUser = alice.post(a.path("/transfer"), Map.of("userId", bUser));
        for (Response r : List.of(intoForeignProject, createInForeignProject, assignForeignUser, createForForeignUser,
                moveAfterForeignTask, bulkMoveForeignTask, transferToForeignUser)) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
        }
        assertThat(jdbc.sql("select count(*) from tasks where workspace_id = cast(:ws as uuid)").param("ws", a.workspaceId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status || version from tasks where id = cast(:id as uuid)").param("id", bTask)
                .query(String.class).single()).isEqualTo("TODO0");
    }

    @Test
    void filteringByAForeignProjectOrAssigneeFindsNothing() {
        assertThat(alice.get(a.path("/tasks?project=" + bProject)).json().get("items").size()).isZero();
        assertThat(alice.get(a.path("/tasks?assignee=" + bUser)).json().get("items").size()).isZero();
        assertThat(alice.get(a.path("/tasks?q=Secret")).json().get("items").size()).isZero();
    }
}
