package dev.pms.activity;

import dev.pms.platform.Ids;
import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Repository
class ActivityRepository {
    private static final String COLUMNS = "id, task_id, actor_id, at, kind, field, old_value, new_value, via, import_id, comment_id";
    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one entry; {@code at} is the database's clock, so that entries written by several nodes sort as they happened. */
    void insert(UUID workspaceId, Row row) {
        jdbc.sql("insert into activity (workspace_id, " + COLUMNS.replace(" at,", "") + """
                        ) values (:ws, :id, :task, :actor, :kind, :field, :old, :new, :via, :import, :comment)""")
                .param("ws", workspaceId).param("id", Ids.next()).param("task", row.taskId()).param("actor", row.actorId())
                .param("kind", row.kind().name()).param("field", row.field()).param("old", row.oldValue())
                .param("new", row.newValue()).param("via", row.via()).param("import", row.importId())
                .param("comment", row.commentId()).update();
    }

    /** Stores many entries of one actor in one statement (a bulk edit's), each with its own id. */
    void insertAll(UUID workspaceId, UUID actorId, String via, List<dev.pms.task.TasksBulkEdited.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into activity (workspace_id, id, task_id, actor_id, kind, field, old_value, new_value, via)
                        select :ws, e.id, e.task, :actor, e.kind, e.field, e.old, e.new, :via
                        from unnest(cast(:ids as uuid[]), cast(:tasks as uuid[]), cast(:kinds as text[]), cast(:fields as text[]),
                                    cast(:olds as text[]), cast(:news as text[])) as e(id, task, kind, field, old, new)""")
                .param("ws", workspaceId).param("actor", actorId).param("via", via)
                .param("ids", entries.stream().map(e -> Ids.next().toString()).toArray(String[]::new))
                .param("tasks", entries.stream().map(e -> e.taskId().toString()).toArray(String[]::new))
                .param("kinds", entries.stream().map(dev.pms.task.TasksBulkEdited.Entry::kind).toArray(String[]::new))
                .param("fields", entries.stream().map(dev.pms.task.TasksBulkEdited.Entry::field).toArray(String[]::new))
                .param("olds", entries.stream().map(dev.pms.task.TasksBulkEdited.Entry::oldValue).toArray(String[]::new))
                .param("news", entries.stream().map(dev.pms.task.TasksBulkEdited.Entry::newValue).toArray(String[]::new))
                .update();
    }

    /**
     * A task's entries after the keyset (at, id), oldest first: its own, and the one entry of the import that created
     * it. Two index scans, each stopped at {@code limit}, merged.
     */
    List<ActivityEntry> page(UUID workspaceId, UUID taskId, UUID importId, Instant afterAt, UUID afterId, int limit) {
        String after = " and (cast(:afterAt as timestamptz) is null or (at, id) > (cast(:afterAt as timestamptz), cast(:afterId as uuid)))";
        return jdbc.sql("(select " + COLUMNS + " from activity where workspace_id = :ws and task_id = :task" + after
                        + " order by at, id limit :limit) union all (select " + COLUMNS + " from activity where workspace_id = :ws"
                        + " and task_id is null and kind = 'IMPORTED' and import_id = cast(:import as uuid)" + after
                        + " limit :limit) order by at, id limit :limit")
                .param("ws", workspaceId).param("task", taskId).param("import", importId)
                .param("afterAt", afterAt == null ? null : afterAt.atOffset(java.time.ZoneOffset.UTC)).param("afterId", afterId)
                .param("limit", limit).query(RecordMapper.of(ActivityEntry.class)).list();
    }

    /** An entry before it is stored. */
    record Row(UUID taskId, UUID actorId, ActivityKind kind, String field, String oldValue, String newValue, String via,
               UUID importId, UUID commentId) {
    }
}
