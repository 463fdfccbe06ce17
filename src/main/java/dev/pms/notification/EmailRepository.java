package dev.pms.notification;

import dev.pms.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * All SQL of the email batches and the email settings. A batch is open until its job closes it: the notifications
 * of one person about one task gather in it meanwhile, so that many changes make one email.
 */
@Repository
class EmailRepository {
    private final JdbcClient jdbc;

    EmailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open batch of this person and task, and whether this call opened it (then it needs a job). */
    record Batch(UUID id, boolean opened) {
    }

    /**
     * The upsert locks the open row until the caller commits: the job's close waits for it, so that no notification
     * joins a batch after its email was written.
     */
    Batch open(UUID workspaceId, UUID userId, UUID taskId) {
        return jdbc.sql("""
                        insert into notification_emails (id, workspace_id, user_id, task_id) values (:id, :ws, :user, :task)
                        on conflict (user_id, task_id) where closed_at is null do update set opened_at = notification_emails.opened_at
                        returning id, xmax = 0 as opened""")
                .param("id", Ids.next()).param("ws", workspaceId).param("user", userId).param("task", taskId)
                .query((rs, n) -> new Batch(rs.getObject("id", UUID.class), rs.getBoolean("opened"))).single();
    }

    void close(UUID batchId) {
        jdbc.sql("update notification_emails set closed_at = now() where id = :id and closed_at is null").param("id", batchId).update();
    }

    void sent(UUID batchId) {
        jdbc.sql("update notification_emails set sent_at = now() where id = :id").param("id", batchId).update();
    }

    /** Where a batch's email goes; empty when the batch is gone with its task. */
    Optional<Recipient> recipient(UUID batchId) {
        return jdbc.sql("""
                        select u.id as user_id, u.email, u.name, coalesce(s.email, 'ALL') as level
                        from notification_emails e join users u on u.id = e.user_id
                        left join notification_settings s on s.user_id = u.id
                        where e.id = :id""")
                .param("id", batchId)
                .query((rs, n) -> new Recipient(rs.getObject("user_id", UUID.class), rs.getString("email"),
                        rs.getString("name"), EmailLevel.valueOf(rs.getString("level")))).optional();
    }

    record Recipient(UUID userId, String email, String name, EmailLevel level) {
    }

    EmailLevel level(UUID userId) {
        return jdbc.sql("select email from notification_settings where user_id = :user").param("user", userId)
                .query(String.class).optional().map(EmailLevel::valueOf).orElse(EmailLevel.ALL);
    }

    Map<UUID, EmailLevel> levels(Collection<UUID> userIds) {
        Map<UUID, EmailLevel> levels = new HashMap<>();
        userIds.forEach(u -> levels.put(u, EmailLevel.ALL));
        jdbc.sql("select user_id, email from notification_settings where user_id = any(cast(:users as uuid[]))")
                .param("users", userIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class), EmailLevel.valueOf(rs.getString("email"))))
                .list().forEach(e -> levels.put(e.getKey(), e.getValue()));
        return levels;
    }

    void setLevel(UUID userId, EmailLevel level) {
        jdbc.sql("""
                        insert into notification_settings (user_id, email)
                        select :user, :level where exists (select 1 from users where id = :user)
                        on conflict (user_id) do update set email = excluded.email""")
                .param("user", userId).param("level", level.name()).update();
    }
}
