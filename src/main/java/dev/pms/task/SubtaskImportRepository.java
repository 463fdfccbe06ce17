package dev.pms.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of {@link SubtaskImportService}: the wanted parents go to a temporary table, are applied to tasks in one
 * statement, and the new tree is then checked from every changed task at once, up to its top and down to its deepest
 * subtask, each walk bounded by the depth limit (a cycle ends it too).
 */
@Repository
class SubtaskImportRepository {
    private static final int BATCH = 10_000;
    /**
     * One round of checks. A cycle loses one parent, that of its last row; when there is none, a tree too deep loses the
     * parents of its deepest changed tasks. {@code :all} (the last round) refuses every parent that still breaks a rule.
     */
    private static final String REFUSE_BROKEN = """
            with recursive up (start, node, depth) as (
                select task_id, parent_id, 1 from import_parents
                union all
                select up.start, t.parent_id, up.depth + 1 from up join tasks t on t.id = up.node and t.workspace_id = :ws
                where t.parent_id is not null and up.node <> up.start and up.depth <= :max
            ), down (start, node, depth) as (
                select task_id, task_id, 0 from import_parents
                union all
                select down.start, t.id, down.depth + 1 from down join tasks t on t.parent_id = down.node and t.workspace_id = :ws
                where down.depth <= :max
            ), above as (
                select up.start, bool_or(up.node = up.start) as cycle, max(up.depth) as levels,
                       (array_agg(up.node order by up.depth desc))[1] as top, max(w.source_row) as cycle_last_row
                from up left join import_parents w on w.task_id = up.node group by up.start
            ), below as (
                select start, max(depth) as levels from down group by start
            ), checked as (
                select w.task_id, w.source_row, a.cycle, a.levels + b.levels > :max as too_deep, a.top, a.levels, a.cycle_last_row
                from import_parents w join above a on a.start = w.task_id join below b on b.start = w.task_id
            ), broken as (
                select c.task_id, c.source_row, c.cycle from checked c
                where (c.cycle and c.source_row >= c.cycle_last_row)
                   or (:all and (c.cycle or c.too_deep))
                   or (c.too_deep and not exists (select 1 from checked o where o.cycle)
                       and c.levels = (select max(o.levels) from checked o where o.too_deep and o.top = c.top))
            ), reverted as (
                update tasks t set parent_id = w.was from import_parents w join broken b on b.task_id = w.task_id
                where t.workspace_id = :ws and t.id = w.task_id
            ), dropped as (
                delete from import_parents w using broken b where w.task_id = b.task_id
            )
            select source_row, cycle from broken order by source_row""";
    private final JdbcClient jdbc;

    SubtaskImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The wanted parents, one per task (its last row), of tasks and parents of the workspace (others are dropped), each
     * with the parent its task had.
     */
    void stage(UUID workspaceId, int[] rows, UUID[] tasks, UUID[] parents) {
        jdbc.sql("drop table if exists import_parents").update();
        jdbc.sql("""
                create temp table import_parents (task_id uuid primary key, parent_id uuid not null, source_row integer not null,
                                                  was uuid) on commit drop""").update();
        for (int from = 0; from < rows.length; from += BATCH) {
            int to = Math.min(rows.length, from + BATCH);
            jdbc.sql("""
                            insert into import_parents (task_id, parent_id, source_row)
                            select distinct on (x.task_id) x.task_id, x.parent_id, x.source_row
                            from unnest(cast(:tasks as uuid[]), cast(:parents as uuid[]), cast(:rows as integer[]))
                                 as x(task_id, parent_id, source_row)
                            order by x.task_id, x.source_row desc
                            on conflict (task_id) do update set parent_id = excluded.parent_id, source_row = excluded.source_row
                            where excluded.source_row > import_parents.source_row""")
                    .param("tasks", text(tasks, from, to)).param("parents", text(parents, from, to))
                    .param("rows", Arrays.stream(rows, from, to).boxed().toArray(Integer[]::new)).update();
        }
        // once for all batches, joined after the statistics are known: per batch, the joins with tasks planned on the
        // statistics of before the import (a few tasks) took seconds (docs/benchmarks.md)
        jdbc.sql("analyze import_parents").update();
        jdbc.sql("""
                        delete from import_parents w
                        where not exists (select 1 from tasks t where t.workspace_id = :ws and t.id = w.task_id)
                           or not exists (select 1 from tasks p where p.workspace_id = :ws and p.id = w.parent_id)""")
                .param("ws", workspaceId).update();
        jdbc.sql("update import_parents w set was = t.parent_id from tasks t where t.workspace_id = :ws and t.id = w.task_id")
                .param("ws", workspaceId).update();
    }

    /** Drops the tasks named as their own parents, and returns their rows; drops the parents that stay as they are. */
    List<Integer> dropSelf(UUID workspaceId) {
        List<Integer> rows = jdbc.sql("delete from import_parents where task_id = parent_id returning source_row")
                .query(Integer.class).list();
        jdbc.sql("delete from import_parents where parent_id is not distinct from was").update();
        return rows;
    }

    /** Keeps the parents it replaces on tasks the import did not create, then gives every staged task its parent. */
    void apply(UUID workspaceId, UUID importId) {
        jdbc.sql("""
                        insert into task_import_previous_parents (import_id, workspace_id, task_id, parent_id)
                        select :import, :ws, w.task_id, w.was from import_parents w
                        join tasks t on t.workspace_id = :ws and t.id = w.task_id
                        where t.import_id is distinct from :import
                        on conflict do nothing""")
                .param("ws", workspaceId).param("import", importId).update();
        jdbc.sql("""
                        update tasks t set parent_id = w.parent_id, updated_at = now(), version = t.version + 1
                        from import_parents w where t.workspace_id = :ws and t.id = w.task_id""")
                .param("ws", workspaceId).update();
    }

    /** Puts back the parents of the tasks that break a rule in the new tree and returns their rows, with why. */
    List<RefusedParent> refuseBroken(UUID workspaceId, boolean all) {
        return jdbc.sql(REFUSE_BROKEN).param("ws", workspaceId).param("max", TaskTree.MAX_DEPTH).param("all", all)
                .query((rs, n) -> new RefusedParent(rs.getInt(1), rs.getBoolean(2)
                        ? "would make a cycle of parents (a task below itself)"
                        : "would put subtasks more than " + TaskTree.MAX_DEPTH + " levels below their top task"))
                .list();
    }

    /** Undo of an import: the tasks it put under another parent go back under their old one, if it still exists. */
    void restore(UUID workspaceId, UUID importId) {
        jdbc.sql("""
                        update tasks t set parent_id = (select o.id from tasks o where o.workspace_id = :ws and o.id = p.parent_id),
                               updated_at = now(), version = t.version + 1
                        from task_import_previous_parents p
                        where p.import_id = :import and p.workspace_id = :ws and t.workspace_id = :ws and t.id = p.task_id""")
                .param("ws", workspaceId).param("import", importId).update();
        jdbc.sql("delete from task_import_previous_parents where import_id = :import and workspace_id = :ws")
                .param("ws", workspaceId).param("import", importId).update();
    }

    private static String[] text(UUID[] ids, int from, int to) {
        return Arrays.stream(ids, from, to).map(UUID::toString).toArray(String[]::new);
    }
}
