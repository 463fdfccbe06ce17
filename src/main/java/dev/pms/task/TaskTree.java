package dev.pms.task;

import dev.pms.platform.jdbc.RecordMapper;
import dev.pms.platform.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The rules of subtasks: a parent is a task of the same workspace, no task is its own ancestor, and no task is more
 * than {@link #MAX_DEPTH} levels below its top task. Two changes that would make a cycle together (A under B, B under
 * A) each look valid alone, so every change of a parent in a workspace first takes that workspace's transaction-level
 * advisory lock: the second waits for the first to commit and then sees its parent. Changes of parents are rare;
 * other changes of tasks never take the lock.
 */
@Component
class TaskTree {
    static final int MAX_DEPTH = 5;
    private final JdbcClient jdbc;

    TaskTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks that {@code taskId} (null: a task being created) may go under {@code parentId}; holds the lock until commit. */
    void requireParentable(UUID workspaceId, UUID taskId, UUID parentId) {
        lock(workspaceId);
        List<UUID> ancestors = ancestorsFrom(workspaceId, parentId);
        if (ancestors.isEmpty()) {
            throw ProblemException.notFoundSaying("The parent task does not exist in this workspace or was deleted.");
        }
        if (taskId != null && ancestors.contains(taskId)) {
            throw ProblemException.conflict("parent-cycle", taskId.equals(parentId)
                    ? "A task cannot be its own parent."
                    : "This parent is one of the task's own subtasks: a task cannot be below itself.");
        }
        int deepest = ancestors.size() + (taskId == null ? 0 : height(workspaceId, taskId));
        if (deepest > MAX_DEPTH) {
            throw ProblemException.conflict("parent-too-deep", "Subtasks go at most " + MAX_DEPTH
                    + " levels below their top task; under this parent they would go " + deepest + " levels down.");
        }
    }

    /**
     * A keyset page of the subtasks one level below a task, in the order of their creation: {@code limit} rows after
     * ({@code afterAt}, {@code afterId}), both null for the first page.
     */
    List<Task> children(UUID workspaceId, UUID parentId, Instant afterAt, UUID afterId, int limit) {
        return jdbc.sql("select " + TaskRepository.COLUMNS + """
                         from tasks t where t.workspace_id = :ws and t.parent_id = :parent
                          and (cast(:afterAt as timestamptz) is null
                               or (t.created_at, t.id) > (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                        order by t.created_at, t.id limit :limit""")
                .param("ws", workspaceId).param("parent", parentId)
                .param("afterAt", afterAt == null ? null : afterAt.atOffset(ZoneOffset.UTC)).param("afterId", afterId)
                .param("limit", limit).query(RecordMapper.of(Task.class)).list();
    }

    /** Waits for other changes of parents in the workspace to commit; held until this transaction ends. */
    void lock(UUID workspaceId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('task-tree:' || cast(:ws as text), 0))")
                .param("ws", workspaceId).query().singleValue();
    }

    /** The task {@code from} and its ancestors up to the top, nearest first; empty when it is not in the workspace. */
    private List<UUID> ancestorsFrom(UUID workspaceId, UUID from) {
        return jdbc.sql("""
                        with recursive up (id, parent_id, depth) as (
                            select id, parent_id, 0 from tasks where workspace_id = :ws and id = :from
                            union all
                            select t.id, t.parent_id, up.depth + 1 from tasks t join up on t.id = up.parent_id
                            where t.workspace_id = :ws and up.depth <= :limit)
                        select id from up order by depth""")
                .param("ws", workspaceId).param("from", from).param("limit", MAX_DEPTH + 1)
                .query(UUID.class).list();
    }

    /** How many levels of subtasks a task has below it: 0 without subtasks. */
    private int height(UUID workspaceId, UUID taskId) {
        return jdbc.sql("""
                        with recursive down (id, depth) as (
                            select id, 0 from tasks where workspace_id = :ws and id = :task
                            union all
                            select t.id, down.depth + 1 from tasks t join down on t.parent_id = down.id
                            where t.workspace_id = :ws and down.depth <= :limit)
                        select max(depth) from down""")
                .param("ws", workspaceId).param("task", taskId).param("limit", MAX_DEPTH + 1)
                .query(Integer.class).single();
    }

    /** The task and all its subtasks below it, the deepest first: the order in which they may be deleted. */
    List<UUID> subtree(UUID workspaceId, UUID taskId) {
        return jdbc.sql("""
                        with recursive down (id, depth) as (
                            select id, 0 from tasks where workspace_id = :ws and id = :task
                            union all
                            select t.id, down.depth + 1 from tasks t join down on t.parent_id = down.id
                            where t.workspace_id = :ws and down.depth <= :limit)
                        select id from down order by depth desc""")
                .param("ws", workspaceId).param("task", taskId).param("limit", MAX_DEPTH + 1)
                .query(UUID.class).list();
    }
}
