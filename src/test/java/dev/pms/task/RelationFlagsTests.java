package dev.pms.task;

import dev.pms.support.TeamTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flags has_subtasks and has_blockers (V109), which the reads trust to skip the counts of subtasks and the
 * blocked check: after every kind of write, and after two concurrent ones, each flag says exactly whether the task
 * has a subtask, or a "blocks" link pointing at it.
 */
class RelationFlagsTests extends TeamTest {
    /** Tasks whose flags say otherwise than their relations: none, ever. */
    private static final String LYING = """
            select count(*) from tasks t
            where t.has_subtasks <> exists (select 1 from tasks s where s.parent_id = t.id)
               or t.has_blockers <> exists (select 1 from task_links l where l.to_task = t.id and l.kind = 'BLOCKS')""";
    @Autowired
    DataSource dataSource;

    @Test
    void theSubtaskFlagFollowsParentsSetMovedClearedAndDeleted() {
        String parent = team.task(owner, "Parent");
        String other = team.task(owner, "Other parent");
        String child = team.task(owner, "Child");
        assertThat(subtasksFlag(parent)).isFalse();
        parentOf(child, parent);
        assertThat(subtasksFlag(parent)).isTrue();
        assertThat(subtasksTotal(parent)).isEqualTo(1);
        parentOf(child, other);
        assertThat(subtasksFlag(parent)).isFalse();
        assertThat(subtasksFlag(other)).isTrue();
        parentOf(child, null);
        assertThat(subtasksFlag(other)).isFalse();
        assertThat(subtasksTotal(other)).isZero();
        parentOf(child, parent);
        assertThat(owner.delete(team.path("/tasks/" + child)).status()).isEqualTo(204);
        assertThat(subtasksFlag(parent)).isFalse();
        assertNoFlagLies();
    }

    @Test
    void theSubtaskFlagStaysWhileAnotherSubtaskIsLeftAndGoesWithTheParentsDeletion() {
        String parent = team.task(owner, "Parent");
        String first = team.task(owner, "First");
        String second = team.task(owner, "Second");
        String grandchild = team.task(owner, "Grandchild");
        parentOf(first, parent);
        parentOf(second, parent);
        parentOf(grandchild, first);
        parentOf(first, null);
        assertThat(subtasksFlag(parent)).as("the second subtask is still there").isTrue();
        assertThat(subtasksFlag(first)).isTrue();
        // a deleted parent sets its subtasks free through the foreign key's "on delete set null"
        assertThat(owner.delete(team.path("/tasks/" + first + "?subtasks=detach")).status()).isEqualTo(204);
        assertThat(owner.get(team.path("/tasks/" + grandchild)).json().get("parentId").isNull()).isTrue();
        assertThat(owner.delete(team.path("/tasks/" + parent + "?subtasks=delete")).status()).isEqualTo(204);
        assertNoFlagLies();
    }

    @Test
    void bulkDeleteAndItsUndoKeepTheFlags() {
        String parent = team.task(owner, "Parent");
        String child = team.task(owner, "Child");
        String blocker = team.task(owner, "Blocker");
        parentOf(child, parent);
        link(blocker, "blocks", parent);
        String bulk = owner.post(team.path("/tasks/bulk"), Map.of("taskIds", List.of(child, blocker), "delete", true)).get("id");
        assertThat(subtasksFlag(parent)).isFalse();
        assertThat(blockersFlag(parent)).isFalse();
        assertNoFlagLies();
        assertThat(owner.post(team.path("/tasks/bulk/" + bulk + "/undo"), Map.of()).status()).isEqualTo(200);
        assertThat(subtasksFlag(parent)).as("the restored subtask comes back under its parent").isTrue();
        assertThat(subtasksTotal(parent)).isEqualTo(1);
        assertNoFlagLies();
    }

    @Test
    void theBlockerFlagFollowsBlockingLinksOnly() {
        String a = team.task(owner, "A");
        String b = team.task(owner, "B");
        String c = team.task(owner, "C");
        link(a, "relates to", b);
        assertThat(blockersFlag(b)).as("relates to is no blocker").isFalse();
        link(a, "blocks", b);
        link(c, "blocks", b);
        assertThat(blockersFlag(b)).isTrue();
        assertThat(blockersFlag(a)).isFalse();
        assertThat(owner.delete(team.path("/tasks/" + b + "/links?kind=blocked%20by&task=" + a)).status()).isEqualTo(200);
        assertThat(blockersFlag(b)).as("C still blocks it").isTrue();
        assertThat(owner.get(team.path("/tasks/" + b)).json().get("blocked").asBoolean()).isTrue();
        // deleting the blocking task removes its links through the foreign key's cascade
        assertThat(owner.delete(team.path("/tasks/" + c)).status()).isEqualTo(204);
        assertThat(blockersFlag(b)).isFalse();
        assertThat(owner.get(team.path("/tasks/" + b)).json().get("blocked").asBoolean()).isFalse();
        assertNoFlagLies();
    }

    /** As an import's undo deletes its rows: one statement, parents, subtasks and blockers among them. */
    @Test
    void oneStatementThatDeletesManyTasksKeepsTheFlagsOfTheRest() {
        String keptParent = team.task(owner, "Kept parent");
        String goneChild = team.task(owner, "Gone child");
        String goneParent = team.task(owner, "Gone parent");
        String keptChild = team.task(owner, "Kept child");
        String goneBlocker = team.task(owner, "Gone blocker");
        parentOf(goneChild, keptParent);
        parentOf(keptChild, goneParent);
        link(goneBlocker, "blocks", keptParent);
        jdbc.sql("delete from tasks where id = any(cast(:ids as uuid[]))")
                .param("ids", new String[]{goneChild, goneParent, goneBlocker}).update();
        assertThat(subtasksFlag(keptParent)).isFalse();
        assertThat(blockersFlag(keptParent)).isFalse();
        assertNoFlagLies();
    }

    /**
     * The last subtask leaves while another arrives: the leaving one's count must see the new one. The arrival is
     * first and uncommitted; the count waits for it.
     */
    @Test
    void aSubtaskArrivingWhileTheLastOneLeavesKeepsTheFlag() throws Exception {
        String parent = team.task(owner, "Parent");
        String leaving = team.task(owner, "Leaving");
        String arriving = team.task(owner, "Arriving");
        parentOf(leaving, parent);
        concurrently("update tasks set parent_id = '" + parent + "' where id = '" + arriving + "'",
                "update tasks set parent_id = null where id = '" + leaving + "'");
        assertThat(subtasksFlag(parent)).isTrue();
        assertNoFlagLies();
    }

    /** The same the other way round: the leaving one first and uncommitted, the arrival waits and sets the flag again. */
    @Test
    void aSubtaskArrivingAfterTheLastOneLeftKeepsTheFlag() throws Exception {
        String parent = team.task(owner, "Parent");
        String leaving = team.task(owner, "Leaving");
        String arriving = team.task(owner, "Arriving");
        parentOf(leaving, parent);
        concurrently("update tasks set parent_id = null where id = '" + leaving + "'",
                "update tasks set parent_id = '" + parent + "' where id = '" + arriving + "'");
        assertThat(subtasksFlag(parent)).isTrue();
        assertNoFlagLies();
    }

    @Test
    void aBlockerArrivingWhileTheLastOneLeavesKeepsTheFlag() throws Exception {
        String blocked = team.task(owner, "Blocked");
        String leaving = team.task(owner, "Leaving");
        String arriving = team.task(owner, "Arriving");
        link(leaving, "blocks", blocked);
        String insert = "insert into task_links (workspace_id, from_task, to_task, kind) values ('%s', '%s', '%s', 'BLOCKS')"
                .formatted(team.workspaceId, arriving, blocked);
        String delete = "delete from task_links where from_task = '%s' and to_task = '%s'".formatted(leaving, blocked);
        concurrently(insert, delete);
        assertThat(blockersFlag(blocked)).isTrue();
        jdbc.sql("delete from task_links").update();
        link(leaving, "blocks", blocked);
        concurrently(delete, insert);
        assertThat(blockersFlag(blocked)).as("the arrival after the leaving one").isTrue();
        assertNoFlagLies();
    }

    /**
     * Runs {@code first} in a transaction left open, then {@code second} in another (which may wait for the first),
     * then commits the first and the second.
     */
    private void concurrently(String first, String second) throws Exception {
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            a.createStatement().execute(first);
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> execute(b, second));
            Thread.sleep(300);
            assertThat(waiting).as("the second waits for the first to commit").isNotDone();
            a.commit();
            waiting.get(10, TimeUnit.SECONDS);
            b.commit();
        }
    }

    private static void execute(Connection connection, String sql) {
        try {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertNoFlagLies() {
        assertThat(jdbc.sql(LYING).query(Long.class).single()).isZero();
    }

    private boolean subtasksFlag(String task) {
        return flag("has_subtasks", task);
    }

    private boolean blockersFlag(String task) {
        return flag("has_blockers", task);
    }

    private boolean flag(String column, String task) {
        return jdbc.sql("select " + column + " from tasks where id = cast(:id as uuid)").param("id", task)
                .query(Boolean.class).single();
    }

    private int subtasksTotal(String task) {
        return owner.get(team.path("/tasks/" + task)).json().get("subtasks").get("total").asInt();
    }

    private void parentOf(String task, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", owner.get(team.path("/tasks/" + task)).json().get("version").asInt());
        body.put("parentId", parent);
        assertThat(owner.patch(team.path("/tasks/" + task), body).status()).isEqualTo(200);
    }

    private void link(String from, String kind, String to) {
        assertThat(owner.post(team.path("/tasks/" + from + "/links"), Map.of("kind", kind, "taskId", to)).status()).isEqualTo(201);
    }
}
