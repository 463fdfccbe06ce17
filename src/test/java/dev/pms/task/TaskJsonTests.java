package dev.pms.task;

import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The list pages written straight from their rows are the JSON Jackson writes for the same pages. */
class TaskJsonTests extends IntegrationTest {
    @Autowired
    TaskQueries queries;
    @Autowired
    WorkspaceQueries workspaces;
    @Autowired
    JsonMapper jackson;

    @Test
    void aPageWrittenFromItsRowsIsJacksonsPageOfTheSameTasks() {
        Team team = Team.create(port);
        Api owner = team.owner();
        String bug = owner.post(team.path("/labels"), Map.of("name", "Bug \"<b>\"")).get("id");
        String ui = owner.post(team.path("/labels"), Map.of("name", "ui ✓")).get("id");
        for (int i = 0; i < 7; i++) {
            Map<String, Object> task = new HashMap<>(Map.of("projectId", team.projectId, "title", "Task \"" + i + "\" ✓ <b>",
                    "status", i % 2 == 0 ? "TODO" : "DONE", "priority", "HIGH"));
            if (i % 3 == 0) {
                task.put("assigneeId", owner.userId());
                task.put("dueDate", "2026-0" + (i % 9 + 1) + "-1" + i);
                task.put("description", "line one\nline two\ttabbed \\ back");
            }
            Response created = owner.post(team.path("/tasks"), task);
            assertThat(created.status()).isEqualTo(201);
            List<String> labels = i % 2 == 0 ? List.of(bug, ui) : i % 3 == 0 ? List.of(ui) : List.of();
            owner.send("PUT", team.path("/tasks/" + created.get("id") + "/labels"), Map.of("labelIds", labels));
        }
        WorkspaceAccess access = workspaces.accessOf(UUID.fromString(team.workspaceId), UUID.fromString(owner.userId())).orElseThrow();
        TaskFilter all = new TaskFilter(List.of(), List.of(), TaskFilter.Assignee.any(), null, null, null);
        TaskFilter search = new TaskFilter(List.of(), List.of(), TaskFilter.Assignee.any(), null, null, "task b");
        for (TaskSort sort : TaskSort.values()) {
            TaskFilter filter = sort == TaskSort.RELEVANCE ? search : all;
            String cursor = null;
            do {
                JsonNode expected = jackson.readTree(jackson.writeValueAsString(queries.list(access, filter, sort, cursor, 3)));
                JsonNode written = jackson.readTree(queries.listJson(access, filter, sort, cursor, 3));
                assertThat(written).as(sort + " after " + cursor).isEqualTo(expected);
                cursor = expected.get("nextCursor").isNull() ? null : expected.get("nextCursor").asString();
            } while (cursor != null);
        }
        UUID project = UUID.fromString(team.projectId);
        assertThat(jackson.readTree(queries.boardJson(access, project, 2)))
                .isEqualTo(jackson.readTree(jackson.writeValueAsString(queries.board(access, project, 2))));
        assertThat(jackson.readTree(queries.mineJson(access, null, 50)))
                .isEqualTo(jackson.readTree(jackson.writeValueAsString(queries.mine(access, null, 50))));
    }

    @Test
    void theApiAnswersItsListsAsJsonAndATamperedCursorIsABadRequest() {
        Team team = Team.create(port);
        team.task(team.owner(), "One");
        Response list = team.owner().get(team.path("/tasks?limit=1"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        assertThat(list.json().get("items").get(0).get("title").asString()).isEqualTo("One");
        assertThat(list.json().get("items").get(0).get("key").asString()).isEqualTo("WEB-1");
        Response tampered = team.owner().get(team.path("/tasks?cursor=bm90IGEgY3Vyc29y"));
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.header("Content-Type")).startsWith("application/problem+json");
        Response board = team.owner().get(team.path("/projects/" + team.projectId + "/board"));
        assertThat(board.json().get("TODO").get("items").get(0).get("title").asString()).isEqualTo("One");
        assertThat(team.owner().get(team.path("/my-tasks")).json().get("items").isArray()).isTrue();
    }
}
