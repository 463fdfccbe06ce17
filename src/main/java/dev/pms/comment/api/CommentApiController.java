package dev.pms.comment.api;

import dev.pms.comment.Comment;
import dev.pms.comment.CommentQueries;
import dev.pms.comment.CommentService;
import dev.pms.platform.jdbc.Limits;
import dev.pms.platform.jdbc.Page;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Comments of a task in Markdown (the response carries the sanitised HTML too), and the members one may mention. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
class CommentApiController {
    private final CommentService comments;
    private final CommentQueries queries;

    CommentApiController(CommentService comments, CommentQueries queries) {
        this.comments = comments;
        this.queries = queries;
    }

    record CommentRequest(@NotBlank @Size(max = 100_000) String body) {
    }

    record MentionResponse(UUID userId, String name, String email) {
    }

    @GetMapping("/tasks/{taskId}/comments")
    @RequiresPermission(Permission.READ)
    Page<Comment> list(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) String cursor,
                       @RequestParam(required = false) Integer limit) {
        return queries.list(access, taskId, cursor, Limits.of(limit));
    }

    @PostMapping("/tasks/{taskId}/comments")
    @RequiresPermission(Permission.COMMENT_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Comment add(WorkspaceAccess access, @PathVariable UUID taskId, @Valid @RequestBody CommentRequest body) {
        return comments.add(access, taskId, body.body());
    }

    @GetMapping("/tasks/{taskId}/comments/{commentId}")
    @RequiresPermission(Permission.READ)
    Comment get(WorkspaceAccess access, @PathVariable UUID taskId, @PathVariable UUID commentId) {
        return queries.get(access, taskId, commentId);
    }

    @PatchMapping("/tasks/{taskId}/comments/{commentId}")
    @RequiresPermission(Permission.COMMENT_WRITE)
    Comment edit(WorkspaceAccess access, @PathVariable UUID taskId, @PathVariable UUID commentId,
                 @Valid @RequestBody CommentRequest body) {
        return comments.edit(access, taskId, commentId, body.body());
    }

    /** Authors delete their own comments; admins and owners anyone's. */
    @DeleteMapping("/tasks/{taskId}/comments/{commentId}")
    @RequiresPermission(Permission.COMMENT_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(WorkspaceAccess access, @PathVariable UUID taskId, @PathVariable UUID commentId) {
        comments.delete(access, taskId, commentId);
    }

    /** Members whose name (or a word of it) or email starts with {@code q}, at most 8: the @ picker of the comment box. */
    @GetMapping("/mentions")
    @RequiresPermission(Permission.READ)
    List<MentionResponse> mentions(WorkspaceAccess access, @RequestParam(defaultValue = "") String q) {
        return queries.mentionable(access, q).stream().map(m -> new MentionResponse(m.userId(), m.name(), m.email())).toList();
    }
}
