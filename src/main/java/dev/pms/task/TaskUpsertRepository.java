package dev.pms.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Set;
import java.util.UUID;

/**
 * The SQL of imports by key (DESIGN §12): rows are copied into a temporary staging table, then merged into
 * tasks with set-based statements; the values an update replaces are kept so that an undo restores them.
 */
@Repository
class TaskUpsertRepository {
    static final String STAGING = "import_staging";
    /** Advances each counter by the rows of the CTE named in it; returns each project's number before them. */
    private static final String ADVANCE = """
            update task_numbers n set last_number = n.last_number + a.added
            from (select project_id, count(*) as added from %s group by project_id) a
            where n.workspace_id = :ws and n.project_id = a.project_id
            returning n.project_id, n.last_number - a.added as before""";
    /**
     * One join of the staging table with tasks finds the changed rows; their previous values are kept for undo and
     * the tasks updated from the same materialised rows (all parts of a WITH see one snapshot). A task moved to
     * another project or status goes to the end of its new column; one moved to another project takes that
     * project's next number in the same statement (the unique number per project allows no moment between), and its
     * old key keeps leading to it.
     */
    private static final String UPDATE_CHANGED = """
            with changed as materialized (
                select t.id, t.project_id as was_project_id, t.title as was_title, t.description as was_description,
                       t.status as was_status, t.priority as was_priority, t.assignee_id as was_assignee_id,
                       t.due_date as was_due_date, t.position as was_position, t.number as was_number, s.project_id,
                       s.title, s.description, s.status, s.priority, s.assignee_id, s.due_date, s.position, s.updated_by,
                       s.source_row
                from import_staging s join tasks t on t.workspace_id = :ws and t.external_key = s.external_key
                where (t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, t.due_date)
                      is distinct from (s.project_id, s.title, s.description, s.status, s.priority, s.assignee_id, s.due_date)
            ), previous as (
                insert into task_import_previous (import_id, workspace_id, task_id, project_id, title, description, status,
                                                  priority, assignee_id, due_date, position, number)
                select :import, :ws, id, was_project_id, was_title, was_description, was_status, was_priority,
                       was_assignee_id, was_due_date, was_position, was_number
                from changed
            ), moved as (
                select id, was_project_id, was_number, project_id,
                       row_number() over (partition by project_id order by source_row) as n
                from changed where project_id <> was_project_id
            ), remembered as (
                insert into task_key_history (workspace_id, project_id, number, task_id)
                select :ws, was_project_id, was_number, id from moved
                on conflict (project_id, number) do update set task_id = excluded.task_id
            ), counters as (%s)
            update tasks t set project_id = c.project_id, title = c.title, description = c.description, status = c.status,
                   priority = c.priority, assignee_id = c.assignee_id, due_date = c.due_date,
                   number = coalesce(k.before + m.n, t.number),
                   position = case when (c.was_project_id, c.was_status) is distinct from (c.project_id, c.status)
                                   then c.position else t.position end,
                   -- a file sets a status, not a state: a task it moves to another column is in that column's first state
                   state_id = case when (c.was_project_id, c.was_status) is distinct from (c.project_id, c.status)
                                   then null else t.state_id end,
                   updated_by = c.updated_by, updated_at = now(), version = t.version + 1
            from changed c left join moved m on m.id = c.id left join counters k on k.project_id = m.project_id
            where t.workspace_id = :ws and t.id = c.id""".formatted(ADVANCE.formatted("moved"));
    private final JdbcClient jdbc;

    private final NumberCounters counters;

    TaskUpsertRepository(JdbcClient jdbc, NumberCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /** The staging table lives until the import's transaction ends, whether it commits or rolls back. */
    void createStaging() {
        jdbc.sql("drop table if exists " + STAGING).update();
        jdbc.sql("create temp table " + STAGING + " (" + """
                id uuid, workspace_id uuid, project_id uuid, title text, description text, status text, priority text,
                assignee_id uuid, due_date date, position double precision, import_id uuid, source_row integer,
                created_by uuid, updated_by uuid, external_key text) on commit drop""").update();
    }

    /**
     * Merges the staged rows in set-based statements, none of them per row; a key the file repeats takes its last row.
     * {@code progressed} is told after each statement. The joins are hash joins, over the statistics of the staging
     * table and with the memory to hash it (without them a 100,000-row merge sorted to disk). Nested loops are off:
     * right after a large import the statistics of tasks still count the workspace's tasks before it, and a nested
     * loop planned for "a few tasks" over 100,000 staged rows ran for minutes. A hash join's worst case is one scan of
     * the workspace's keys (DESIGN §12, docs/benchmarks.md).
     */
    TaskService.UpsertCounts merge(UUID workspaceId, UUID importId, Runnable progressed) {
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("set local enable_nestloop = off").update();
        jdbc.sql("analyze " + STAGING).update();
        jdbc.sql("""
                delete from import_staging s using import_staging d
                where s.external_key = d.external_key and s.source_row < d.source_row""").update();
        int staged = jdbc.sql("select count(*) from " + STAGING).query(Integer.class).single();
        progressed.run();
        lockCounters(workspaceId, progressed);
        int updated = jdbc.sql(UPDATE_CHANGED).param("ws", workspaceId).param("import", importId).update();
        progressed.run();
        // no OR in the condition: a null key never matches, and the planner can make this one hash anti-join
        int inserted = jdbc.sql("""
                        with fresh as (
                            select s.*, row_number() over (partition by s.project_id order by s.source_row) as n
                            from import_staging s
                            where not exists (select 1 from tasks t where t.workspace_id = :ws and t.external_key = s.external_key)
                        ), counters as (%s)
                        insert into tasks (%s, number)
                        select %s, c.before + f.n from fresh f join counters c on c.project_id = f.project_id"""
                        .formatted(ADVANCE.formatted("fresh"), TaskCopy.COLUMNS, prefixed("f.")))
                .param("ws", workspaceId).update();
        jdbc.sql("set local enable_nestloop to default").update();
        jdbc.sql("set local work_mem to default").update();
        return new TaskService.UpsertCounts(inserted, updated, staged - inserted - updated);
    }

    /**
     * Locks the counters of the projects the staged rows go to (as a plain import's COPY does, {@link NumberCounters}),
     * from here until the import commits: the merge's numbers then form one range per project.
     */
    private void lockCounters(UUID workspaceId, Runnable waiting) {
        Set<UUID> projects = Set.copyOf(jdbc.sql("select distinct project_id from " + STAGING).query(UUID.class).list());
        counters.lock(workspaceId, projects, waiting);
    }

    private static String prefixed(String prefix) {
        return java.util.Arrays.stream(TaskCopy.COLUMNS.split(",")).map(c -> prefix + c.strip())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Puts back what an import by key replaced; returns how many tasks it restored. */
    int restorePrevious(UUID workspaceId, UUID importId) {
        int restored = jdbc.sql("""
                        update tasks t set project_id = p.project_id, title = p.title, description = p.description,
                               status = p.status, priority = p.priority, assignee_id = p.assignee_id, due_date = p.due_date,
                               position = p.position, number = coalesce(p.number, t.number), updated_at = now(),
                               state_id = case when (t.project_id, t.status) is distinct from (p.project_id, p.status)
                                               then null else t.state_id end,
                               version = t.version + 1
                        from task_import_previous p
                        where p.import_id = :import and p.workspace_id = :ws and t.id = p.task_id and t.workspace_id = :ws""")
                .param("ws", workspaceId).param("import", importId).update();
        // a task put back into its project has its old key again: the key's entry as a moved one goes
        jdbc.sql("""
                        delete from task_key_history h using task_import_previous p
                        where p.import_id = :import and p.workspace_id = :ws and h.workspace_id = :ws
                          and h.project_id = p.project_id and h.number = p.number and h.task_id = p.task_id""")
                .param("ws", workspaceId).param("import", importId).update();
        jdbc.sql("delete from task_import_previous where import_id = :import and workspace_id = :ws")
                .param("ws", workspaceId).param("import", importId).update();
        return restored;
    }

    long countKnown(UUID workspaceId, java.util.Collection<String> keys) {
        return jdbc.sql("select count(*) from tasks where workspace_id = :ws and external_key = any(cast(:keys as text[]))")
                .param("ws", workspaceId).param("keys", keys.toArray(String[]::new)).query(Long.class).single();
    }
}
