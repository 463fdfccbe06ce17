package dev.pms.notification;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * All SQL of the notifications table, and the removal of the module's rows of deleted tasks (no foreign key to
 * tasks: see V75). The inbox is a person's own, across their workspaces.
 */
@Repository
class NotificationRepository {
    private static final String SELECT = """
            select n.id, n.workspace_id, w.name as workspace_name, n.kind, n.task_id,
                   (select p.key from projects p where p.id = t.project_id) || '-' || t.number as task_key, t.title as task_title, n.comment_id,
                   n.actor_id, a.name as actor_name, n.detail, n.at, n.read_at
            from notifications n
            join workspaces w on w.id = n.workspace_id
            join tasks t on t.id = n.task_id
            left join users a on a.id = n.actor_id
            """;
    /** The tables that name tasks, in an order that keeps their keys: notifications refer to email batches. */
    private static final List<String> TABLES = List.of("notifications", "notification_emails", "watchers");
    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification to write; {@code emailBatchId} is null when it goes to the inbox only. */
    record New(UUID id, UUID workspaceId, UUID userId, NotificationKind kind, UUID taskId, UUID commentId, UUID actorId,
               String detail, UUID emailBatchId) {
    }

    void insert(New n) {
        jdbc.sql("""
                        insert into notifications (id, workspace_id, user_id, kind, task_id, comment_id, actor_id, detail, email_batch_id)
                        values (:id, :ws, :user, :kind, :task, :comment, :actor, :detail, :batch)""")
                .param("id", n.id()).param("ws", n.workspaceId()).param("user", n.userId()).param("kind", n.kind().name())
                .param("task", n.taskId()).param("comment", n.commentId()).param("actor", n.actorId())
                .param("detail", n.detail()).param("batch", n.emailBatchId()).update();
    }

    /** Newest first, after the cursor's (at, id) when there is one; {@code limit} rows. */
    List<Notification> inbox(UUID userId, boolean unreadOnly, Instant afterAt, UUID afterId, int limit) {
        return jdbc.sql(SELECT + """
                        where n.user_id = :user
                          and (not :unread or n.read_at is null)
                          and (cast(:at as timestamptz) is null or (n.at, n.id) < (cast(:at as timestamptz), :id))
                        order by n.at desc, n.id desc
                        limit :limit""")
                .param("user", userId).param("unread", unreadOnly).param("at", afterAt == null ? null : OffsetDateTime.ofInstant(afterAt, ZoneOffset.UTC))
                .param("id", afterId).param("limit", limit)
                .query(RecordMapper.of(Notification.class)).list();
    }

    Optional<Notification> get(UUID userId, UUID id) {
        return jdbc.sql(SELECT + " where n.user_id = :user and n.id = :id").param("user", userId).param("id", id)
                .query(RecordMapper.of(Notification.class)).optional();
    }

    List<Notification> ofBatch(UUID batchId) {
        return jdbc.sql(SELECT + " where n.email_batch_id = :batch order by n.at, n.id").param("batch", batchId)
                .query(RecordMapper.of(Notification.class)).list();
    }

    long unread(UUID userId) {
        return jdbc.sql("select count(*) from notifications where user_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }

    boolean markRead(UUID userId, UUID id) {
        return jdbc.sql("update notifications set read_at = coalesce(read_at, now()) where user_id = :user and id = :id")
                .param("user", userId).param("id", id).update() == 1;
    }

    int markAllRead(UUID userId) {
        return jdbc.sql("update notifications set read_at = now() where user_id = :user and read_at is null")
                .param("user", userId).update();
    }

    /** Someone who left a workspace keeps nothing of it in their inbox. */
    void forget(UUID workspaceId, UUID userId) {
        jdbc.sql("delete from notifications where workspace_id = :ws and user_id = :user")
                .param("ws", workspaceId).param("user", userId).update();
    }

    /** The module's rows about one deleted task: notifications, email batches and watchers. */
    void forgetTask(UUID workspaceId, UUID taskId) {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " where workspace_id = :ws and task_id = :task")
                    .param("ws", workspaceId).param("task", taskId).update();
        }
    }

    /** The module's rows about tasks that are gone without an event each (an import undone, a project deleted). */
    void forgetDeletedTasks(UUID workspaceId) {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " x where x.workspace_id = :ws and not exists (select 1 from tasks t where t.id = x.task_id)")
                    .param("ws", workspaceId).update();
        }
    }

    /** Open tasks due tomorrow with an assignee who has not been reminded of that date yet. */
    List<DueTask> dueTomorrow() {
        return jdbc.sql("""
                        select t.workspace_id, t.id as task_id, t.assignee_id, t.due_date from tasks t
                        where t.due_date = current_date + 1 and t.status <> 'DONE' and t.assignee_id is not null
                          and not exists (select 1 from notifications n where n.task_id = t.id and n.user_id = t.assignee_id
                                          and n.kind = 'DUE_TOMORROW' and n.at > now() - interval '2 days')""")
                .query(RecordMapper.of(DueTask.class)).list();
    }

    record DueTask(UUID workspaceId, UUID taskId, UUID assigneeId, java.time.LocalDate dueDate) {
    }
}
