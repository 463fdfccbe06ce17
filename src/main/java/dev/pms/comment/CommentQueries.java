package dev.pms.comment;

import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.Member;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of comments: a task's, oldest first by keyset; the ones an activity stream shows; the mention picker's members. */
@Service
@Transactional(readOnly = true)
public class CommentQueries {
    static final int MENTION_CHOICES = 8;
    private final CommentRepository comments;
    private final TaskQueries tasks;
    private final WorkspaceQueries workspaces;

    CommentQueries(CommentRepository comments, TaskQueries tasks, WorkspaceQueries workspaces) {
        this.comments = comments;
        this.tasks = tasks;
        this.workspaces = workspaces;
    }

    public Page<Comment> list(WorkspaceAccess access, UUID taskId, String cursor, int limit) {
        tasks.get(access, taskId);
        Instant afterAt = null;
        UUID afterId = null;
        if (cursor != null) {
            Cursor c = Cursor.decode(cursor, 2);
            afterAt = c.instant(0);
            afterId = c.uuid(1);
        }
        List<Comment> rows = comments.page(access.workspaceId(), taskId, afterAt, afterId, limit + 1);
        return Page.of(rows, limit, c -> Cursor.of(c.createdAt(), c.id()));
    }

    public Comment get(WorkspaceAccess access, UUID taskId, UUID commentId) {
        return comments.find(access.workspaceId(), taskId, commentId).orElseThrow(() -> ProblemException.notFound("comment"));
    }

    /** The comments among {@code ids} that are not deleted, by id. */
    public Map<UUID, Comment> byIds(WorkspaceAccess access, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : comments.byIds(access.workspaceId(), ids).stream().collect(Collectors.toMap(Comment::id, Function.identity()));
    }

    /** The first members whose name, a word of it, or email starts with {@code prefix}: the comment box's @ picker. */
    public List<Member> mentionable(WorkspaceAccess access, String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        return p.length() > 100 ? List.of() : workspaces.membersStartingWith(access, p, MENTION_CHOICES);
    }
}
