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
                                                          priority, assignee_id, due_date, position)
                        select :import, t.workspace_id, t.id, t.project_id, t.title, t.description, t.status, t.priority,
                               t.assignee_id, t.due_date, t.position
                        from import_staging s join tasks t on t.workspace_id = :ws and t.external_key = s.external_key
                        where\s""" + CHANGED)
                .param("ws", workspaceId).param("import", importId).update();
        progressed.run();
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
                        insert into tasks (%s)
                        select %s from import_staging s
                        where s.external_key is null
                           or not exists (select 1 from tasks t where t.workspace_id = :ws and t.external_key = s.external_key)"""
                        .formatted(TaskCopy.COLUMNS, TaskCopy.COLUMNS))
                .param("ws", workspaceId).update();
        return new TaskService.UpsertCounts(inserted, updated, existing - updated);
    }

    /** Puts back what an import by key replaced; returns how many tasks it restored. */
    int restorePrevious(UUID workspaceId, UUID importId) {
        int restored = jdbc.sql("""
                        update tasks t set project_id = p.project_id, title = p.title, description = p.description,
                               status = p.status, priority = p.priority, assignee_id = p.assignee_id, due_date = p.due_date,
                               position = p.position, updated_at = now(), version = t.version + 1
                        from task_import_previous p
                        where p.import_id = :import and p.workspace_id = :ws and t.id = p.task_id and t.workspace_id = :ws""")
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
