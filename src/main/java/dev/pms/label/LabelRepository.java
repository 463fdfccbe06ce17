package dev.pms.label;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class LabelRepository {
    private static final String COLUMNS = "id, name, colour";
    private final JdbcClient jdbc;

    LabelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Label insert(UUID workspaceId, UUID id, String name, LabelColour colour) {
        return jdbc.sql("insert into labels (id, workspace_id, name, colour) values (:id, :ws, :name, :colour) returning " + COLUMNS)
                .param("id", id).param("ws", workspaceId).param("name", name).param("colour", colour.name())
                .query(RecordMapper.of(Label.class)).single();
    }

    List<Label> list(UUID workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from labels where workspace_id = :ws order by lower(name), id")
                .param("ws", workspaceId).query(RecordMapper.of(Label.class)).list();
    }

    Optional<Label> find(UUID workspaceId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from labels where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).query(RecordMapper.of(Label.class)).optional();
    }

    /** Whether another label of the workspace has {@code name}, whatever its case. */
    boolean nameTaken(UUID workspaceId, String name, UUID exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from labels where workspace_id = :ws and lower(name) = lower(:name)
                                       and id is distinct from cast(:except as uuid))""")
                .param("ws", workspaceId).param("name", name).param("except", exceptId).query(Boolean.class).single();
    }

    Optional<Label> update(UUID workspaceId, UUID id, String name, LabelColour colour) {
        return jdbc.sql("""
                        update labels set name = coalesce(:name, name), colour = coalesce(:colour, colour)
                        where workspace_id = :ws and id = :id returning\s""" + COLUMNS)
                .param("ws", workspaceId).param("id", id).param("name", name)
                .param("colour", colour == null ? null : colour.name()).query(RecordMapper.of(Label.class)).optional();
    }

    boolean delete(UUID workspaceId, UUID id) {
        return jdbc.sql("delete from labels where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).update() == 1;
    }

    /** How many of {@code ids} are labels of the workspace. */
    int countKnown(UUID workspaceId, Collection<UUID> ids) {
        return jdbc.sql("select count(*) from labels where workspace_id = :ws and id = any(cast(:ids as uuid[]))")
                .param("ws", workspaceId).param("ids", array(ids)).query(Integer.class).single();
    }

    /** Makes {@code ids} the labels of the task, which the caller has found in the workspace. */
    void replaceTaskLabels(UUID workspaceId, UUID taskId, Collection<UUID> ids) {
        jdbc.sql("""
                        delete from task_labels tl using labels l
                        where tl.task_id = :task and l.id = tl.label_id and l.workspace_id = :ws
                          and not (tl.label_id = any(cast(:ids as uuid[])))""")
                .param("ws", workspaceId).param("task", taskId).param("ids", array(ids)).update();
        jdbc.sql("""
                        insert into task_labels (task_id, label_id)
                        select :task, l.id from labels l where l.workspace_id = :ws and l.id = any(cast(:ids as uuid[]))
                        on conflict do nothing""")
                .param("ws", workspaceId).param("task", taskId).param("ids", array(ids)).update();
    }

    /** The names of {@code names} that no label of the workspace has, whatever their case. */
    java.util.List<String> missing(UUID workspaceId, Collection<String> names) {
        return jdbc.sql("""
                        select n from unnest(cast(:names as text[])) as n
                        where not exists (select 1 from labels l where l.workspace_id = :ws and lower(l.name) = lower(n))""")
                .param("ws", workspaceId).param("names", names.toArray(String[]::new)).query(String.class).list();
    }

    /** Gives the tasks that import {@code importId} created at {@code rows} the labels named at the same index of {@code names}. */
    void labelImported(UUID workspaceId, UUID importId, int[] rows, String[] names) {
        jdbc.sql("""
                        insert into task_labels (task_id, label_id)
                        select t.id, l.id from unnest(cast(:rows as int[]), cast(:names as text[])) as x(source_row, name)
                        join tasks t on t.import_id = :import and t.source_row = x.source_row and t.workspace_id = :ws
                        join labels l on l.workspace_id = :ws and lower(l.name) = lower(x.name)
                        on conflict do nothing""")
                .param("ws", workspaceId).param("import", importId).param("rows", rows).param("names", names).update();
    }

    private static String[] array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
