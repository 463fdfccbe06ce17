package dev.pms.notification;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * All SQL of the watchers table. A task's creator and assignee watch it without a row (read from the task), so
 * that hand-made and imported tasks are alike and an import writes nothing here; a row with watching = false
 * is an unwatch by hand, which beats them. Only members count: someone who left reads nothing.
 */
@Repository
class WatcherRepository {
    private static final String WATCHING = """
            with implied as (
                select t.created_by as user_id from tasks t where t.workspace_id = :ws and t.id = :task
                union select t.assignee_id from tasks t where t.workspace_id = :ws and t.id = :task and t.assignee_id is not null
                union select w.user_id from watchers w where w.workspace_id = :ws and w.task_id = :task and w.watching)
            select u.id as user_id, u.name from implied i
            join members m on m.workspace_id = :ws and m.user_id = i.user_id
            join users u on u.id = i.user_id
            where not exists (select 1 from watchers x where x.task_id = :task and x.user_id = i.user_id and not x.watching)
            """;
    private final JdbcClient jdbc;

    WatcherRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Watcher> watchers(UUID workspaceId, UUID taskId) {
        return jdbc.sql(WATCHING + " order by u.name, u.id").param("ws", workspaceId).param("task", taskId)
                .query(RecordMapper.of(Watcher.class)).list();
    }

    boolean watching(UUID workspaceId, UUID taskId, UUID userId) {
        return jdbc.sql("select exists (" + WATCHING + " and i.user_id = :user)").param("ws", workspaceId)
                .param("task", taskId).param("user", userId).query(Boolean.class).single();
    }

    /** Watching that comes with an action (assigned, commented, mentioned): an unwatch by hand stays. */
    void follow(UUID workspaceId, UUID taskId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into watchers (workspace_id, task_id, user_id, watching)
                        select :ws, :task, u, true from unnest(cast(:users as uuid[])) u
                        on conflict (task_id, user_id) do nothing""")
                .param("ws", workspaceId).param("task", taskId)
                .param("users", userIds.stream().map(UUID::toString).toArray(String[]::new)).update();
    }

    /** A person's own choice, which automatic watching never overrides. */
    void choose(UUID workspaceId, UUID taskId, UUID userId, boolean watching) {
        jdbc.sql("""
                        insert into watchers (workspace_id, task_id, user_id, watching) values (:ws, :task, :user, :watching)
                        on conflict (task_id, user_id) do update set watching = excluded.watching, since = now()""")
                .param("ws", workspaceId).param("task", taskId).param("user", userId).param("watching", watching).update();
    }

    void forget(UUID workspaceId, UUID userId) {
        jdbc.sql("delete from watchers where workspace_id = :ws and user_id = :user")
                .param("ws", workspaceId).param("user", userId).update();
    }
}
