package dev.pms.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.UUID;

/**
 * The SQL of imports by key (DESIGN §12): rows are copied into a temporary staging table, then merged into
 * tasks with set-based statements; the values an update replaces are kept so that an undo restores them.
 */
@Repository
class TaskUpsertRepository {
    static final String STAGING = "import_staging";
    private static final String CHANGED = """
            (t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, t.due_date)
            is distinct from (s.project_id, s.title, s.description, s.status, s.priority, s.assignee_id, s.due_date)""";
    /** Advances each counter by the rows of the CTE named in it; returns each project's number before them. */
    private static final String ADVANCE = """
            update task_numbers c set last_number = c.last_number + a.added
            from (select project_id, count(*) as added from %s group by project_id) a
            where c.workspace_id = :ws and c.project_id = a.project_id
            returning c.project_id, c.last_number - a.added as before""";
    private final JdbcClient jdbc;

    TaskUpsertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The staging table lives until the import's transaction ends, whether it commits or rolls back. */
    void createStaging() {
        jdbc.sql("drop table if exists " + STAGING).update();
        jdbc.sql("create temp table " + STAGING + " (" + """
                id uuid, workspace_id uuid, project_id uuid, title text, description text, status text, priority text,
                assignee_id uuid, due_date date, position double precision, import_id uuid, source_row integer,
                created_by uuid, updated_by uuid, external_key text) on commit drop""").update();
    }

    /** Merges the staged rows; a key the file repeats takes its last row. {@code progressed} is told after each statement. */
    TaskService.UpsertCounts merge(UUID workspaceId, UUID importId, Runnable progressed) {
        jdbc.sql("""
                delete from import_staging s using import_staging d
                where s.external_key = d.external_key and s.source_row < d.source_row""").update();
        jdbc.sql("analyze " + STAGING).update();
        progressed.run();
        int existing = jdbc.sql("""
                        select count(*) from import_staging s join tasks t on t.workspace_id = :ws and t.external_key = s.external_key""")
                .param("ws", workspaceId).query(Integer.class).single();
        int updated = jdbc.sql("""
                        insert into task_import_previous (import_id, workspace_id, task_id, project_id, title, description, status,
                                                          priority, assignee_id, due_date, position, number)
                        select :import, t.workspace_id, t.id, t.project_id, t.title, t.description, t.status, t.priority,
                               t.assignee_id, t.due_date, t.position, t.number
                        from import_staging s join tasks t on t.workspace_id = :ws and t.external_key = s.external_key
                        where\s""" + CHANGED)
                .param("ws", workspaceId).param("import", importId).update();
        progressed.run();
        lockCounters(workspaceId);
        renumberMoved(workspaceId, importId);
        jdbc.sql("""
                        update tasks t set project_id = s.project_id, title = s.title, description = s.description,
                               status = s.status, priority = s.priority, assignee_id = s.assignee_id, due_date = s.due_date,
                               position = case when (t.project_id, t.status) is distinct from (s.project_id, s.status)
                                               then s.position else t.position end,
                               updated_by = s.updated_by, updated_at = now(), version = t.version + 1
                        from import_staging s, task_import_previous p
                        where p.import_id = :import and p.workspace_id = :ws and t.id = p.task_id and t.workspace_id = :ws
                          and s.external_key = t.external_key""")
                .param("ws", workspaceId).param("import", importId).update();
        progressed.run();
        int inserted = jdbc.sql("""
                        with fresh as (
                            select s.*, row_number() over (partition by s.project_id order by s.source_row) as n
                            from import_staging s
                            where s.external_key is null
                               or not exists (select 1 from tasks t where t.workspace_id = :ws and t.external_key = s.external_key)
                        ), counters as (%s)
                        insert into tasks (%s, number)
                        select %s, c.before + f.n from fresh f join counters c on c.project_id = f.project_id"""
                        .formatted(ADVANCE.formatted("fresh"), TaskCopy.COLUMNS, prefixed("f.")))
                .param("ws", workspaceId).update();
        return new TaskService.UpsertCounts(inserted, updated, existing - updated);
    }

    /**
     * Locks the counters of the projects the staged rows go to, in project order (as a plain import's COPY does),
     * from here until the import commits: the merge's numbers then form one range per project.
     */
    private void lockCounters(UUID workspaceId) {
        jdbc.sql("""
                        insert into task_numbers (workspace_id, project_id, last_number)
                        select distinct :ws, s.project_id, 0 from import_staging s order by 2
                        on conflict (project_id) do nothing""")
                .param("ws", workspaceId).update();
        jdbc.sql("""
                        select project_id from task_numbers
                        where workspace_id = :ws and project_id in (select project_id from import_staging)
                        order by project_id for update""")
                .param("ws", workspaceId).query(UUID.class).list();
    }

    /**
     * A known task the file moves to another project takes that project's next number, in the statement that moves
     * it (the unique number per project allows no moment between); its old key keeps leading to it.
     */
    private void renumberMoved(UUID workspaceId, UUID importId) {
        jdbc.sql("""
                        with moved as (
                            select p.task_id, p.project_id as old_project, p.number as old_number, s.project_id, s.position,
                                   row_number() over (partition by s.project_id order by s.source_row) as n
                            from task_import_previous p
                            join tasks t on t.workspace_id = :ws and t.id = p.task_id
                            join import_staging s on s.external_key = t.external_key
                            where p.import_id = :import and p.workspace_id = :ws and s.project_id <> p.project_id
                        ), remembered as (
                            insert into task_key_history (workspace_id, project_id, number, task_id)
                            select :ws, old_project, old_number, task_id from moved
                            on conflict (project_id, number) do update set task_id = excluded.task_id
                        ), counters as (%s)
                        update tasks t set project_id = m.project_id, number = c.before + m.n, position = m.position
                        from moved m join counters c on c.project_id = m.project_id
                        where t.workspace_id = :ws and t.id = m.task_id""".formatted(ADVANCE.formatted("moved")))
                .param("ws", workspaceId).param("import", importId).update();
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
