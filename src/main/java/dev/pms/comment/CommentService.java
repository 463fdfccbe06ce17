package dev.pms.comment;

import dev.pms.platform.Ids;
import dev.pms.platform.markdown.Markdown;
import dev.pms.platform.web.ProblemException;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.Member;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes of comments: each is rendered and sanitised once here, and publishes {@link CommentAdded} with the members it
 * mentions, {@link CommentEdited} with those an edit newly mentions, or {@link CommentDeleted}, inside its transaction. Authors edit and delete their own; ADMIN and up delete any.
 */
@Service
public class CommentService {
    static final int MAX_CHARS = 100_000;
    private final CommentRepository comments;
    private final TaskQueries tasks;
    private final WorkspaceQueries workspaces;
    private final ApplicationEventPublisher events;

    CommentService(CommentRepository comments, TaskQueries tasks, WorkspaceQueries workspaces, ApplicationEventPublisher events) {
        this.comments = comments;
        this.tasks = tasks;
        this.workspaces = workspaces;
        this.events = events;
    }

    @Transactional
    public Comment add(WorkspaceAccess access, UUID taskId, String body) {
        access.require(Permission.COMMENT_WRITE);
        tasks.get(access, taskId);
        Markdown.Rendered rendered = render(access, checked(body));
        UUID id = Ids.next();
        comments.insert(access.workspaceId(), id, taskId, access.userId(), body, rendered.html());
        events.publishEvent(new CommentAdded(access.workspaceId(), taskId, id, access.userId(), rendered.mentioned()));
        return find(access, taskId, id);
    }

    @Transactional
    public Comment edit(WorkspaceAccess access, UUID taskId, UUID commentId, String body) {
        access.require(Permission.COMMENT_WRITE);
        Comment comment = find(access, taskId, commentId);
        if (!comment.authorId().equals(access.userId())) {
            throw ProblemException.forbidden("Only its author may edit a comment.");
        }
        Markdown.Rendered rendered = render(access, checked(body));
        comments.edit(access.workspaceId(), commentId, body, rendered.html());
        Set<UUID> newly = new LinkedHashSet<>(rendered.mentioned());
        newly.removeAll(render(access, comment.body()).mentioned());
        newly.remove(access.userId());
        events.publishEvent(new CommentEdited(access.workspaceId(), taskId, commentId, access.userId(), newly));
        return find(access, taskId, commentId);
    }

    @Transactional
    public void delete(WorkspaceAccess access, UUID taskId, UUID commentId) {
        access.require(Permission.COMMENT_WRITE);
        Comment comment = find(access, taskId, commentId);
        if (!comment.authorId().equals(access.userId()) && !access.can(Permission.COMMENT_DELETE_ANY)) {
            throw ProblemException.forbidden("Only its author, an admin or the owner may delete a comment.");
        }
        comments.delete(access.workspaceId(), commentId);
        events.publishEvent(new CommentDeleted(access.workspaceId(), taskId, commentId, access.userId()));
    }

    private Comment find(WorkspaceAccess access, UUID taskId, UUID commentId) {
        return comments.find(access.workspaceId(), taskId, commentId).orElseThrow(() -> ProblemException.notFound("comment"));
    }

    private Markdown.Rendered render(WorkspaceAccess access, String body) {
        Map<String, Markdown.Mentionable> members = workspaces.membersByEmail(access, Markdown.mentionedEmails(body)).stream()
                .collect(Collectors.toMap(m -> m.email().toLowerCase(Locale.ROOT), CommentService::mentionable, (a, b) -> a));
        return Markdown.render(body, members, WorkspaceNav.path(access.workspaceId(), "/members"));
    }

    private static Markdown.Mentionable mentionable(Member member) {
        return new Markdown.Mentionable(member.userId(), member.name());
    }

    private static String checked(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "write something first");
        }
        if (body.length() > MAX_CHARS) {
            throw ProblemException.invalid("body", "a comment holds at most 100,000 characters");
        }
        return body;
    }

}
