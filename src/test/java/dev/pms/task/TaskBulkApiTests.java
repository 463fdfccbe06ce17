package dev.pms.task;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.EventStream;
import dev.pms.support.TeamTest;
import dev.pms.support.Response;
import dev.pms.support.Team.Seat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskBulkApiTests extends TeamTest {

    @Test
    void aThousandTasksChangeInOneRequestWithAResultAndActivityEach() {
        List<String> ids = thousandTasks();
        String label = owner.post(team.path("/labels"), Map.of("name", "Sprint 9")).get("id");
        Response done = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", ids, "status", "DONE", "priority", "URGENT",
                "addLabelIds", List.of(label)));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode result = done.json();
        assertThat(result.get("applied").asInt()).isEqualTo(1000);
        assertThat(result.get("rows")).hasSize(1000).allSatisfy(row -> assertThat(row.get("result").asString()).isEqualTo("applied"));
        assertThat(count("select count(*) from tasks where status = 'DONE' and priority = 'URGENT'")).isEqualTo(1000);
        assertThat(count("select count(*) from task_labels where label_id = cast('" + label + "' as uuid)")).isEqualTo(1000);
        // one entry per changed field of each task: the priority of every task, the status of those not done before
        long notDoneBefore = 1000 - 200;
        assertThat(count("select count(*) from activity where kind = 'MOVED' and field = 'STATUS' and new_value = 'DONE'")).isEqualTo(notDoneBefore);
        assertThat(count("select count(*) from activity where kind = 'CHANGED' and field = 'PRIORITY' and new_value = 'URGENT'"))
                .isEqualTo(1000 - 200);
    }

    @Test
    void oneTaskThatCannotBeChangedAbortsAllThousand() {
        List<String> ids = new ArrayList<>(thousandTasks().subList(0, 999));
        ids.add(500, UUID.randomUUID().toString());
        Response refused = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", ids, "status", "DONE"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.get("type")).endsWith("/bulk-edit-refused");
        assertThat(refused.get("detail")).contains("1 of the 1,000 tasks cannot be changed, so none was");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("taskIds[500]");
        assertThat(refused.body()).doesNotContain(ids.get(500));
        assertThat(count("select count(*) from tasks where status = 'DONE'")).isEqualTo(200);
        assertThat(count("select count(*) from task_bulk_edits")).isZero();
        assertThat(count("select count(*) from activity where task_id is not null")).isZero();
    }

    @Test
    void skipInvalidAppliesTheOthersAndReportsEachSkippedTask() {
        List<String> ids = new ArrayList<>(thousandTasks().subList(0, 998));
        String gone = ids.get(10);
        owner.delete(team.path("/tasks/" + gone));
        String stranger = UUID.randomUUID().toString();
        ids.add(stranger);
        Response partly = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", ids, "priority", "LOW", "skipInvalid", true));
        assertThat(partly.status()).as(partly.toString()).isEqualTo(200);
        JsonNode result = partly.json();
        assertThat(result.get("applied").asInt()).isEqualTo(997);
        assertThat(result.get("skipped").asInt()).isEqualTo(2);
        assertThat(result.get("rows").get(10).get("result").asString()).isEqualTo("skipped");
        assertThat(result.get("rows").get(10).get("reason").asString()).contains("No such task");
        assertThat(result.get("rows").get(998).get("taskId").asString()).isEqualTo(stranger);
        assertThat(result.get("rows").get(998).get("result").asString()).isEqualTo("skipped");
        // imported tasks are at version 0; each task the edit changed is at 1
        assertThat(count("select count(*) from tasks where priority = 'LOW' and version = 1")).isEqualTo(997);
        assertThat(count("select count(*) from tasks where version = 1")).isEqualTo(997);
    }

    @Test
    void aMemberDeletesOnlyTheTasksTheyCreated() {
        Api member = team.get(Seat.MEMBER);
        String mine = team.task(member, "Mine");
        String theirs = team.task(owner, "The owner's");
        Response refused = member.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(mine, theirs), "delete", true));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("Your role may delete only the tasks you created.");
        assertThat(count("select count(*) from tasks")).isEqualTo(2);
        Response partly = member.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(mine, theirs), "delete", true, "skipInvalid", true));
        assertThat(partly.json().get("applied").asInt()).isEqualTo(1);
        assertThat(owner.get(team.path("/tasks/" + mine)).status()).isEqualTo(404);
        assertThat(owner.get(team.path("/tasks/" + theirs)).status()).isEqualTo(200);
    }

    @Test
    void aViewerMayNotBulkEdit() {
        String task = team.task(owner, "T");
        Response refused = team.get(Seat.VIEWER).post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(task), "priority", "HIGH"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aChangeThatSaysNothingOrTooManyTasksIsABadRequestInWords() {
        String task = team.task(owner, "T");
        Response empty = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(task)));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.get("detail")).contains("say what to change");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(UUID.randomUUID().toString());
        }
        Response tooMany = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", many, "priority", "HIGH"));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.get("detail")).contains("at most 1,000 tasks");
    }

    @Test
    void undoRestoresEveryFieldAndLabelTheEditChanged() {
        String member = team.get(Seat.MEMBER).userId();
        String red = owner.post(team.path("/labels"), Map.of("name", "Red")).get("id");
        String blue = owner.post(team.path("/labels"), Map.of("name", "Blue")).get("id");
        String a = owner.post(team.path("/tasks"), Map.of("projectId", team.projectId, "title", "A", "status", "IN_PROGRESS",
                "priority", "LOW", "assigneeId", member, "dueDate", "2026-12-24")).get("id");
        String b = team.task(owner, "B");
        owner.send("PUT", team.path("/tasks/" + a + "/labels"), Map.of("labelIds", List.of(red)));
        Map<String, Object> change = new HashMap<>(Map.of("taskIds", List.of(a, b), "status", "DONE", "priority", "HIGH",
                "addLabelIds", List.of(blue), "removeLabelIds", List.of(red)));
        change.put("assigneeId", null);
        change.put("dueDate", "2027-01-31");
        String bulk = owner.post(team.path("/tasks/bulk"), change).get("id");
        assertThat(owner.get(team.path("/tasks/" + a)).json().get("assigneeId").isNull()).isTrue();

        Response undone = owner.post(team.path("/tasks/bulk/" + bulk + "/undo"), Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("restored").asInt()).isEqualTo(2);
        JsonNode restored = owner.get(team.path("/tasks/" + a)).json();
        assertThat(restored.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(restored.get("priority").asString()).isEqualTo("LOW");
        assertThat(restored.get("assigneeId").asString()).isEqualTo(member);
        assertThat(restored.get("dueDate").asString()).isEqualTo("2026-12-24");
        assertThat(restored.get("labels").toString()).contains("Red").doesNotContain("Blue");
        JsonNode other = owner.get(team.path("/tasks/" + b)).json();
        assertThat(other.get("status").asString()).isEqualTo("TODO");
        assertThat(other.get("dueDate").isNull()).isTrue();
        assertThat(other.get("labels")).isEmpty();
        assertThat(count("select count(*) from activity where field = 'STATUS' and old_value = 'DONE' and new_value = 'IN_PROGRESS'")).isEqualTo(1);
    }

    @Test
    void aBulkStatusPutsTasksInTheFirstStateOfTheCategoryAndUndoPutsThemBackInTheirOwn() {
        String verified = owner.post(team.path("/projects/" + team.projectId + "/states"), Map.of("name", "Verified", "category", "DONE")).get("id");
        String task = team.task(owner, "Checked");
        assertThat(owner.patch(team.path("/tasks/" + task), Map.of("version", 0, "stateId", verified)).status()).isEqualTo(200);

        String bulk = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(task), "status", "TODO")).get("id");
        JsonNode moved = owner.get(team.path("/tasks/" + task)).json();
        assertThat(moved.get("status").asString()).isEqualTo("TODO");
        assertThat(moved.get("state").get("name").asString()).isEqualTo("To do");

        assertThat(owner.post(team.path("/tasks/bulk/" + bulk + "/undo"), Map.of()).status()).isEqualTo(200);
        JsonNode back = owner.get(team.path("/tasks/" + task)).json();
        assertThat(back.get("status").asString()).isEqualTo("DONE");
        assertThat(back.get("state").get("id").asString()).isEqualTo(verified);
    }

    @Test
    void undoIsRefusedWhenATaskChangedSinceAndWhenItWasUndoneAlready() {
        String a = team.task(owner, "A");
        String b = team.task(owner, "B");
        String bulk = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(a, b), "priority", "HIGH")).get("id");
        owner.patch(team.path("/tasks/" + b), Map.of("version", 1, "title", "B, renamed since"));
        Response refused = owner.post(team.path("/tasks/bulk/" + bulk + "/undo"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.get("detail")).contains("1 of the tasks were changed or deleted since");
        assertThat(owner.get(team.path("/tasks/" + a)).get("priority")).isEqualTo("HIGH");

        String again = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(a), "priority", "LOW")).get("id");
        assertThat(owner.post(team.path("/tasks/bulk/" + again + "/undo"), Map.of()).status()).isEqualTo(200);
        Response twice = owner.post(team.path("/tasks/bulk/" + again + "/undo"), Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.get("detail")).contains("undone already");
    }

    @Test
    void undoOfABulkDeleteBringsTheTasksBackWithTheirKeysAndLabels() {
        String label = owner.post(team.path("/labels"), Map.of("name", "Kept")).get("id");
        String a = team.task(owner, "A");
        String key = owner.get(team.path("/tasks/" + a)).get("key");
        owner.send("PUT", team.path("/tasks/" + a + "/labels"), Map.of("labelIds", List.of(label)));
        String bulk = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(a), "delete", true)).get("id");
        assertThat(owner.get(team.path("/tasks/" + a)).status()).isEqualTo(404);
        assertThat(owner.post(team.path("/tasks/bulk/" + bulk + "/undo"), Map.of()).status()).isEqualTo(200);
        JsonNode back = owner.get(team.path("/tasks/" + a)).json();
        assertThat(back.get("key").asString()).isEqualTo(key);
        assertThat(back.get("labels").toString()).contains("Kept");
        assertThat(count("select count(*) from activity where kind = 'CREATED' and task_id = cast('" + a + "' as uuid)")).isEqualTo(2);
    }

    @Test
    void aBulkDeleteOfAParentDetachesItsSubtasksAndItsUndoPutsThemBackUnderIt() {
        String parent = team.task(owner, "Launch");
        String deletedChild = team.task(owner, "Old plan");
        String keptChild = team.task(owner, "Write the copy");
        String grandchild = team.task(owner, "First draft");
        parentOf(deletedChild, parent);
        parentOf(keptChild, parent);
        parentOf(grandchild, deletedChild);
        String parentKey = owner.get(team.path("/tasks/" + parent)).get("key");
        Response deleted = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(parent, deletedChild), "delete", true));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        for (String detached : List.of(keptChild, grandchild)) {
            JsonNode task = owner.get(team.path("/tasks/" + detached)).json();
            assertThat(task.get("parentId").isNull()).as("detached").isTrue();
            assertThat(task.get("version").asInt()).isEqualTo(2);
        }
        assertThat(count("select count(*) from activity where field = 'PARENT' and old_value = '" + parentKey
                + "' and new_value is null and task_id = cast('" + keptChild + "' as uuid)")).isOne();

        Response undone = owner.post(team.path("/tasks/bulk/" + deleted.get("id") + "/undo"), Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(owner.get(team.path("/tasks/" + keptChild)).get("parentId")).isEqualTo(parent);
        assertThat(owner.get(team.path("/tasks/" + deletedChild)).get("parentId")).isEqualTo(parent);
        assertThat(owner.get(team.path("/tasks/" + grandchild)).get("parentId")).isEqualTo(deletedChild);
        assertThat(owner.get(team.path("/tasks/" + parent)).json().get("subtasks").get("total").asInt()).isEqualTo(2);
        assertThat(count("select count(*) from activity where field = 'PARENT' and old_value is null and new_value = '" + parentKey
                + "' and task_id = cast('" + keptChild + "' as uuid)")).as("put under it by hand, then by the undo").isEqualTo(2);
    }

    @Test
    void undoOfABulkDeleteLeavesASubtaskThatHasAnotherParentSinceUnderIt() {
        String parent = team.task(owner, "Launch");
        String child = team.task(owner, "Write the copy");
        String other = team.task(owner, "Relaunch");
        parentOf(child, parent);
        String bulk = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(parent), "delete", true)).get("id");
        parentOf(child, other);
        assertThat(owner.post(team.path("/tasks/bulk/" + bulk + "/undo"), Map.of()).status()).isEqualTo(200);
        assertThat(owner.get(team.path("/tasks/" + child)).get("parentId")).isEqualTo(other);
        assertThat(owner.get(team.path("/tasks/" + parent)).status()).isEqualTo(200);
    }

    @Test
    void onlyWhoMadeABulkEditMayUndoIt() {
        String a = team.task(owner, "A");
        String bulk = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(a), "priority", "HIGH")).get("id");
        Response refused = team.get(Seat.ADMIN).post(team.path("/tasks/bulk/" + bulk + "/undo"), Map.of());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.get("detail")).isEqualTo("You made no such bulk edit in this workspace.");
    }

    @Test
    void aBulkEditIsOneLiveEvent() {
        List<String> ids = List.of(team.task(owner, "A"), team.task(owner, "B"), team.task(owner, "C"));
        try (EventStream table = EventStream.open(team.get(Seat.MEMBER), "/w/" + team.workspaceId + "/live")) {
            table.await("ready", Duration.ofSeconds(10));
            owner.post(team.path("/tasks/bulk"), Map.of("taskIds", ids, "priority", "HIGH"));
            team.task(owner, "After");
            table.await("import", data -> data.contains("bulk-edited") && data.contains("\"rows\":3"), Duration.ofSeconds(10));
            table.await("task", data -> true, Duration.ofSeconds(10));
            assertThat(table.seen()).filteredOn(e -> e.name().equals("task")).hasSize(1);
        }
    }

    /** 1,000 tasks of an import, 200 of each status and priority. */
    private List<String> thousandTasks() {
        Uploads.importFile(team, "many.csv", Uploads.rows(1000), "projectId", team.projectId);
        return jdbc.sql("select id::text from tasks order by number").query(String.class).list();
    }

    private void parentOf(String task, String parent) {
        int version = owner.get(team.path("/tasks/" + task)).json().get("version").asInt();
        Response set = owner.patch(team.path("/tasks/" + task), Map.of("version", version, "parentId", parent));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
