package dev.pms.task;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The set-based SQL of bulk edits and their undo: each step is one statement for all the tasks, whatever their number. */
@Repository
class TaskBulkRepository {
    private static final String TASK_COLUMNS = """
            id, workspace_id, project_id, title, description, status, priority, assignee_id, due_date, position, import_id,
            source_row, created_by, created_at, updated_at, updated_by, version, external_key, number""";
    /**
     * A deleted task's state and parent as it comes back: each only if it still exists (a state removed since, a
     * parent deleted since and not coming back with it, leave the task in its category's first state, or on its own).
     */
    private static final String STILL_THERE = """
            (select s.id from project_states s where s.id = r.state_id),
            case when r.parent_id in (select x.id from tasks x where x.workspace_id = :ws
                                      union all select q.task_id from task_bulk_previous q where q.bulk_id = :bulk)
                 then r.parent_id end""";
    /** The key of the parent {@code c.parent_id}, as people read it: WEB-12. */
    private static final String PARENT_KEY = """
            (select p.key || '-' || pt.number from tasks pt join projects p on p.id = pt.project_id where pt.id = c.parent_id)""";
    private final JdbcClient jdbc;

    TaskBulkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A selected task as the edit found it. */
    record Selected(UUID id, UUID projectId, String title, TaskStatus status, Priority priority, UUID assigneeId, LocalDate dueDate,
                    UUID createdBy, int version) {
    }

    /** The tasks of {@code ids} in the workspace, locked until the edit commits so that nothing changes them between check and write. */
    List<Selected> lock(UUID ws, Collection<UUID> ids) {
        return jdbc.sql("""
                        select id, project_id, title, status, priority, assignee_id, due_date, created_by, version from tasks
                        where workspace_id = :ws and id = any(cast(:ids as uuid[])) order by id for update""")
                .param("ws", ws).param("ids", array(ids)).query(RecordMapper.of(Selected.class)).list();
    }

    int countLabels(UUID ws, Collection<UUID> ids) {
        return jdbc.sql("select count(*) from labels where workspace_id = :ws and id = any(cast(:ids as uuid[]))")
                .param("ws", ws).param("ids", array(ids)).query(Integer.class).single();
    }

    /** The edit and each task's values before it; {@code version_after} is one more, as every task's update adds one. */
    void record(UUID ws, UUID bulkId, UUID actor, String changeJson, boolean delete, Collection<UUID> ids) {
        jdbc.sql("insert into task_bulk_edits (id, workspace_id, actor_id, change, deleted) values (:id, :ws, :actor, cast(:change as jsonb), :deleted)")
                .param("id", bulkId).param("ws", ws).param("actor", actor).param("change", changeJson).param("deleted", delete).update();
        jdbc.sql("""
                        insert into task_bulk_previous (bulk_id, task_id, status, state_id, priority, assignee_id, due_date, position,
                                                        labels, version_after, deleted_row)
                        select :bulk, t.id, t.status, t.state_id, t.priority, t.assignee_id, t.due_date, t.position,
                               array(select tl.label_id from task_labels tl where tl.task_id = t.id), t.version + 1,
                               case when :deleted then to_jsonb(t) - 'search' end
                        from tasks t where t.workspace_id = :ws and t.id = any(cast(:ids as uuid[]))""")
                .param("bulk", bulkId).param("ws", ws).param("deleted", delete).param("ids", array(ids)).update();
    }

    /**
     * Tasks that change status go to the end of their new board column, in the order they had, and into the first
     * state of that category (docs/adr/0010). Each step is computed once (materialized): as nested subqueries, a plan
     * made while the statistics said the table was empty ran them again for every updated row, minutes for 1,000.
     */
    void moveToStatus(UUID ws, Collection<UUID> ids, TaskStatus status) {
        jdbc.sql("""
                        with moving as materialized (
                                 select id, project_id, position from tasks
                                 where workspace_id = :ws and id = any(cast(:ids as uuid[])) and status <> :status),
                             ends as materialized (
                                 select project_id, max(position) as last from tasks
                                 where workspace_id = :ws and status = :status and project_id in (select project_id from moving)
                                 group by project_id),
                             placed as materialized (
                                 select m.id, coalesce(e.last, 0) + :gap * row_number() over (partition by m.project_id order by m.position, m.id) as position
                                 from moving m left join ends e on e.project_id = m.project_id)
                        update tasks t set status = :status, state_id = null, position = n.position
                        from placed n where t.workspace_id = :ws and t.id = n.id""")
                .param("ws", ws).param("ids", array(ids)).param("status", status.name()).param("gap", TaskRepository.GAP).update();
    }

    /** The other fields of the change (null leaves one as it is) and one more version for every task. */
    void update(UUID ws, UUID actor, Collection<UUID> ids, BulkChange c) {
        jdbc.sql("""
                        update tasks set priority = coalesce(cast(:priority as text), priority),
                               assignee_id = case when :setAssignee then cast(:assignee as uuid) else assignee_id end,
                               due_date = case when :setDue then cast(:due as date) else due_date end,
                               version = version + 1, updated_by = :actor, updated_at = now()
                        where workspace_id = :ws and id = any(cast(:ids as uuid[]))""")
                .param("ws", ws).param("ids", array(ids)).param("actor", actor)
                .param("priority", c.priority() == null ? null : c.priority().name())
                .param("setAssignee", c.assignee() != null).param("assignee", c.assignee() == null ? null : c.assignee().orElse(null))
                .param("setDue", c.dueDate() != null).param("due", c.dueDate() == null ? null : c.dueDate().orElse(null))
                .update();
    }

    void labels(Collection<UUID> ids, List<UUID> add, List<UUID> remove) {
        jdbc.sql("delete from task_labels where task_id = any(cast(:ids as uuid[])) and label_id = any(cast(:remove as uuid[]))")
                .param("ids", array(ids)).param("remove", array(remove)).update();
        jdbc.sql("""
                        insert into task_labels (task_id, label_id)
                        select t, l from unnest(cast(:ids as uuid[])) t cross join unnest(cast(:add as uuid[])) l on conflict do nothing""")
                .param("ids", array(ids)).param("add", array(add)).update();
    }

    /** A subtask that a bulk delete detached from its parent, or that its undo put back under it, with the parent's key. */
    record Detached(UUID taskId, String parentKey) {
    }

    /**
     * Detaches the subtasks of the deleted tasks {@code ids} that are not deleted with them, as a single delete's
     * "detach" does (one version more each), and records their parents for the undo.
     */
    List<Detached> detachSubtasks(UUID ws, UUID bulkId, UUID actor, Collection<UUID> ids) {
        return jdbc.sql("""
                        with children as materialized (
                                 select c.id, c.parent_id from tasks c
                                 where c.workspace_id = :ws and c.parent_id = any(cast(:ids as uuid[]))
                                   and c.id <> all(cast(:ids as uuid[])) for update),
                             saved as (
                                 insert into task_bulk_detached (bulk_id, task_id, parent_id) select :bulk, id, parent_id from children),
                             detached as (
                                 update tasks t set parent_id = null, version = t.version + 1, updated_by = :actor, updated_at = now()
                                 from children c where t.workspace_id = :ws and t.id = c.id)
                        select c.id as task_id, """ + PARENT_KEY + " as parent_key from children c")
                .param("ws", ws).param("bulk", bulkId).param("actor", actor).param("ids", array(ids))
                .query(RecordMapper.of(Detached.class)).list();
    }

    /** After an undo brought the deleted parents back: each subtask the edit detached goes under its parent again, unless it has another one now. */
    List<Detached> reattachSubtasks(UUID ws, UUID bulkId, UUID actor) {
        return jdbc.sql("""
                        update tasks t set parent_id = d.parent_id, version = t.version + 1, updated_by = :actor, updated_at = now()
                        from task_bulk_detached d
                        where d.bulk_id = :bulk and t.workspace_id = :ws and t.id = d.task_id and t.parent_id is null
                          and exists (select 1 from tasks p where p.workspace_id = :ws and p.id = d.parent_id)
                        returning t.id as task_id, """ + PARENT_KEY.replace("c.parent_id", "d.parent_id") + " as parent_key")
                .param("ws", ws).param("bulk", bulkId).param("actor", actor)
                .query(RecordMapper.of(Detached.class)).list();
    }

    void delete(UUID ws, Collection<UUID> ids) {
        jdbc.sql("delete from tasks where workspace_id = :ws and id = any(cast(:ids as uuid[]))")
                .param("ws", ws).param("ids", array(ids)).update();
    }

    /** A bulk edit as recorded. */
    record Edit(UUID id, UUID actorId, boolean deleted, boolean undone) {
    }

    /** The edit, locked so that two undos of it cannot both run. */
    Optional<Edit> lockEdit(UUID ws, UUID bulkId) {
        return jdbc.sql("""
                        select id, actor_id, deleted, undone_at is not null as undone from task_bulk_edits
                        where workspace_id = :ws and id = :id for update""")
                .param("ws", ws).param("id", bulkId).query(RecordMapper.of(Edit.class)).optional();
    }

    /** A task's values before the edit and the version the edit left. */
    record Previous(UUID taskId, String title, TaskStatus status, Priority priority, UUID assigneeId, LocalDate dueDate, int versionAfter) {
    }

    List<Previous> previous(UUID bulkId) {
        return jdbc.sql("""
                        select task_id, deleted_row ->> 'title' as title, status, priority, assignee_id, due_date, version_after
                        from task_bulk_previous where bulk_id = :bulk""")
                .param("bulk", bulkId).query(RecordMapper.of(Previous.class)).list();
    }

    /** How many of the edit's tasks someone changed or deleted since (a deleted task counts when it exists again). */
    int changedSince(UUID ws, UUID bulkId, boolean deleted) {
        String sql = deleted
                ? "select count(*) from task_bulk_previous p join tasks t on t.id = p.task_id where p.bulk_id = :bulk"
                : """
                select count(*) from task_bulk_previous p left join tasks t on t.workspace_id = :ws and t.id = p.task_id
                where p.bulk_id = :bulk and (t.id is null or t.version <> p.version_after)""";
        return jdbc.sql(sql).param("ws", ws).param("bulk", bulkId).query(Integer.class).single();
    }

    /** Puts back every field and label the edit changed, or the deleted tasks, and marks the edit undone. */
    void restore(UUID ws, UUID bulkId, UUID actor, boolean deleted) {
        if (deleted) {
            String fromRecord = "r." + TASK_COLUMNS.replace(", ", ", r.").replace(",\n", ",\nr.");
            jdbc.sql("insert into tasks (" + TASK_COLUMNS + ", state_id, parent_id) select " + fromRecord + ", " + STILL_THERE
                            + " from task_bulk_previous p, jsonb_populate_record(null::tasks, p.deleted_row) r where p.bulk_id = :bulk")
                    .param("ws", ws).param("bulk", bulkId).update();
        } else {
            jdbc.sql("""
                            update tasks t set status = p.status, state_id = p.state_id, priority = p.priority, assignee_id = p.assignee_id, due_date = p.due_date,
                                   position = p.position, version = t.version + 1, updated_by = :actor, updated_at = now()
                            from task_bulk_previous p where p.bulk_id = :bulk and t.workspace_id = :ws and t.id = p.task_id""")
                    .param("ws", ws).param("bulk", bulkId).param("actor", actor).update();
            jdbc.sql("delete from task_labels tl using task_bulk_previous p where p.bulk_id = :bulk and tl.task_id = p.task_id")
                    .param("bulk", bulkId).update();
        }
        jdbc.sql("""
                        insert into task_labels (task_id, label_id)
                        select p.task_id, l.id from task_bulk_previous p join labels l on l.id = any(p.labels) and l.workspace_id = :ws
                        where p.bulk_id = :bulk on conflict do nothing""")
                .param("ws", ws).param("bulk", bulkId).update();
        jdbc.sql("update task_bulk_edits set undone_at = now() where id = :bulk").param("bulk", bulkId).update();
    }

    private static String[] array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
