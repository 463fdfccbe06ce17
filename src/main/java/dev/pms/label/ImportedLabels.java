package dev.pms.label;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * The labels of the tasks an import by key updated (DESIGN §12): such a task takes the labels of its row, as a new
 * task does, and the undo of the import gives it back those it had. The rows' keys and labels are staged in two
 * temporary tables, in batches, and applied in four set-based statements; only tasks whose labels differ are touched.
 * The labels the file names exist by then: {@link LabelService#labelImported} created them for the whole file.
 */
@Service
public class ImportedLabels {
    private static final String[] STAGE = {
            "create temp table if not exists import_row_keys (source_row integer, external_key text) on commit drop",
            "create temp table if not exists import_row_labels (source_row integer, name text) on commit drop"};
    // the last row of a key the file repeats wins, as in the merge of the rows (TaskUpsertRepository)
    private static final String CHOOSE = """
            create temp table import_relabel on commit drop as
            select t.id as task_id, l.source_row from (
                select distinct on (external_key) external_key, source_row from import_row_keys
                order by external_key, source_row desc) l
            join tasks t on t.workspace_id = :ws and t.external_key = l.external_key
            where t.import_id is distinct from :import
              and array(select tl.label_id from task_labels tl where tl.task_id = t.id order by 1)
                  is distinct from array(select distinct x.id from import_row_labels r
                                         join labels x on x.workspace_id = :ws and lower(x.name) = lower(r.name)
                                         where r.source_row = l.source_row order by 1)""";
    private final JdbcClient jdbc;

    ImportedLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stages rows of the file: each row's key, and the (row, label name) pairs of the rows that name labels. */
    public void stage(int[] keyRows, String[] keys, int[] labelRows, String[] names) {
        staging();
        jdbc.sql("insert into import_row_keys select * from unnest(cast(:rows as int[]), cast(:keys as text[]))")
                .param("rows", keyRows).param("keys", keys).update();
        jdbc.sql("insert into import_row_labels select * from unnest(cast(:rows as int[]), cast(:names as text[]))")
                .param("rows", labelRows).param("names", names).update();
    }

    /** Gives the staged rows' labels to the tasks their keys name that import {@code importId} did not create; returns how many. */
    public int relabel(UUID workspaceId, UUID importId) {
        staging();
        jdbc.sql("drop table if exists import_relabel").update();
        jdbc.sql(CHOOSE).param("ws", workspaceId).param("import", importId).update();
        jdbc.sql("""
                        insert into task_import_previous_labels (import_id, workspace_id, task_id, label_ids)
                        select :import, :ws, r.task_id, array(select tl.label_id from task_labels tl where tl.task_id = r.task_id)
                        from import_relabel r on conflict do nothing""")
                .param("ws", workspaceId).param("import", importId).update();
        jdbc.sql("delete from task_labels tl using import_relabel r where tl.task_id = r.task_id").update();
        jdbc.sql("""
                        insert into task_labels (task_id, label_id)
                        select r.task_id, x.id from import_relabel r join import_row_labels n on n.source_row = r.source_row
                        join labels x on x.workspace_id = :ws and lower(x.name) = lower(n.name)
                        on conflict do nothing""")
                .param("ws", workspaceId).update();
        return jdbc.sql("select count(*) from import_relabel").query(Integer.class).single();
    }

    private void staging() {
        for (String table : STAGE) {
            jdbc.sql(table).update();
        }
    }

    /** Puts back the labels that import {@code importId} replaced, those deleted since left out; in the undo's transaction. */
    public void restore(UUID workspaceId, UUID importId) {
        jdbc.sql("""
                        delete from task_labels tl using task_import_previous_labels p
                        where p.import_id = :import and p.workspace_id = :ws and tl.task_id = p.task_id""")
                .param("ws", workspaceId).param("import", importId).update();
        jdbc.sql("""
                        insert into task_labels (task_id, label_id)
                        select t.id, x.id from task_import_previous_labels p cross join unnest(p.label_ids) as u(label_id)
                        join tasks t on t.id = p.task_id and t.workspace_id = :ws
                        join labels x on x.id = u.label_id and x.workspace_id = :ws
                        where p.import_id = :import and p.workspace_id = :ws
                        on conflict do nothing""")
                .param("ws", workspaceId).param("import", importId).update();
        jdbc.sql("delete from task_import_previous_labels where import_id = :import and workspace_id = :ws")
                .param("ws", workspaceId).param("import", importId).update();
    }
}
