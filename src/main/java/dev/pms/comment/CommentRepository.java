package dev.pms.comment;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The comments table; a deleted comment keeps its row without its text and is never read as a comment again. */
@Repository
class CommentRepository {
    // the author's name is read with the comment: one query for a page of them (as the workspace module reads users)
    private static final String SELECT = """
            select c.id, c.task_id, c.author_id, u.name as author_name, c.body, c.html, c.created_at, c.edited_at,
                   c.edited_at is not null as edited
            from comments c join users u on u.id = c.author_id
            """;
    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID workspaceId, UUID id, UUID taskId, UUID authorId, String body, String html) {
        jdbc.sql("insert into comments (id, workspace_id, task_id, author_id, body, html) values (:id, :ws, :task, :author, :body, :html)")
                .param("id", id).param("ws", workspaceId).param("task", taskId).param("author", authorId)
                .param("body", body).param("html", html).update();
    }

    Optional<Comment> find(UUID workspaceId, UUID taskId, UUID id) {
        return jdbc.sql(SELECT + "where c.workspace_id = :ws and c.task_id = :task and c.id = :id and c.deleted_at is null")
                .param("ws", workspaceId).param("task", taskId).param("id", id).query(RecordMapper.of(Comment.class)).optional();
    }

    List<Comment> byIds(UUID workspaceId, Collection<UUID> ids) {
        return jdbc.sql(SELECT + "where c.workspace_id = :ws and c.id = any(cast(:ids as uuid[])) and c.deleted_at is null")
                .param("ws", workspaceId).param("ids", ids.toArray(UUID[]::new)).query(RecordMapper.of(Comment.class)).list();
    }

    List<Comment> page(UUID workspaceId, UUID taskId, Instant afterAt, UUID afterId, int limit) {
        return jdbc.sql(SELECT + """
                        where c.workspace_id = :ws and c.task_id = :task and c.deleted_at is null
                          and (cast(:afterAt as timestamptz) is null or (c.created_at, c.id) > (cast(:afterAt as timestamptz), cast(:afterId as uuid)))
                        order by c.created_at, c.id limit :limit""")
                .param("ws", workspaceId).param("task", taskId).param("afterAt", afterAt == null ? null : afterAt.atOffset(java.time.ZoneOffset.UTC))
                .param("afterId", afterId).param("limit", limit).query(RecordMapper.of(Comment.class)).list();
    }

    void edit(UUID workspaceId, UUID id, String body, String html) {
        jdbc.sql("update comments set body = :body, html = :html, edited_at = clock_timestamp() where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("body", body).param("html", html).update();
    }

    /** Keeps the row, which the task's activity points at, and drops the text. */
    void delete(UUID workspaceId, UUID id) {
        jdbc.sql("update comments set body = '', html = '', deleted_at = clock_timestamp() where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).update();
    }

    void deleteOfTask(UUID workspaceId, UUID taskId) {
        jdbc.sql("delete from comments where workspace_id = :ws and task_id = :task").param("ws", workspaceId).param("task", taskId).update();
    }

    /** After an import's undo: the comments whose task is gone (no foreign key cascades them, see V70). */
    void deleteOrphans(UUID workspaceId) {
        jdbc.sql("delete from comments c where c.workspace_id = :ws and not exists (select 1 from tasks t where t.id = c.task_id)")
                .param("ws", workspaceId).update();
    }
}
