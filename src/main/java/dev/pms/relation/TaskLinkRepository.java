package dev.pms.relation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

@Repository
class TaskLinkRepository {
    /** Each link of :task once, as seen from it: its other task and the kind from its side, blocking ones first. */
    private static final String LINKS = """
            select case when l.kind = 'RELATES' then 'RELATES_TO' when l.from_task = :task then 'BLOCKS' else 'BLOCKED_BY' end as kind,
                   o.id, p.key || '-' || o.number as key, o.title, o.status
            from task_links l
            join tasks o on o.id = case when l.from_task = :task then l.to_task else l.from_task end
            join projects p on p.id = o.project_id
            where l.workspace_id = :ws and (l.from_task = :task or l.to_task = :task)
            order by case when l.kind = 'RELATES' then 2 when l.from_task = :task then 1 else 0 end, o.project_id, o.number""";
    private final JdbcClient jdbc;

    TaskLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TaskLink> links(UUID workspaceId, UUID taskId) {
        return jdbc.sql(LINKS).param("ws", workspaceId).param("task", taskId).query(TaskLinkRepository::link).list();
    }

    /** Stores the link; a duplicate (also "relates to" stored the other way round) raises DuplicateKeyException. */
    void insert(UUID workspaceId, UUID from, UUID to, String kind, UUID userId) {
        jdbc.sql("""
                        insert into task_links (workspace_id, from_task, to_task, kind, created_by)
                        values (:ws, :from, :to, :kind, :user)""")
                .param("ws", workspaceId).param("from", from).param("to", to).param("kind", kind).param("user", userId)
                .update();
    }

    /** Removes the link; "relates to" whichever way it was stored. True when there was one. */
    boolean delete(UUID workspaceId, UUID from, UUID to, String kind) {
        return jdbc.sql("""
                        delete from task_links where workspace_id = :ws and kind = :kind
                        and ((from_task = :from and to_task = :to) or (kind = 'RELATES' and from_task = :to and to_task = :from))""")
                .param("ws", workspaceId).param("from", from).param("to", to).param("kind", kind).update() > 0;
    }

    /** Adds links in batches, skipping any that exists (whichever unique key it meets) and any of a task to itself. */
    int insertImported(UUID workspaceId, UUID importId, UUID userId, List<UUID> from, List<UUID> to, List<String> kinds) {
        int added = 0;
        for (int start = 0; start < from.size(); start += 10_000) {
            int end = Math.min(from.size(), start + 10_000);
            added += jdbc.sql("""
                            insert into task_links (workspace_id, from_task, to_task, kind, created_by, import_id)
                            select :ws, x.from_task, x.to_task, x.kind, :user, :import
                            from unnest(cast(:from as uuid[]), cast(:to as uuid[]), cast(:kinds as text[])) as x(from_task, to_task, kind)
                            join tasks f on f.workspace_id = :ws and f.id = x.from_task
                            join tasks t on t.workspace_id = :ws and t.id = x.to_task
                            where x.from_task <> x.to_task
                            on conflict do nothing""")
                    .param("ws", workspaceId).param("import", importId).param("user", userId)
                    .param("from", text(from.subList(start, end))).param("to", text(to.subList(start, end)))
                    .param("kinds", kinds.subList(start, end).toArray(String[]::new)).update();
        }
        return added;
    }

    void deleteImported(UUID workspaceId, UUID importId) {
        jdbc.sql("delete from task_links where workspace_id = :ws and import_id = :import")
                .param("ws", workspaceId).param("import", importId).update();
    }

    private static String[] text(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static TaskLink link(ResultSet rs, int row) throws SQLException {
        return new TaskLink(LinkKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                dev.pms.task.TaskStatus.valueOf(rs.getString(5)));
    }
}
