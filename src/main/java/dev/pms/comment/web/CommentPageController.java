package dev.pms.comment.web;

import dev.pms.comment.CommentService;
import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import java.util.UUID;

/**
 * The comment box of the task panel and its comments' edit and delete buttons. A success answers 204 and tells the
 * panel to reload its stream; a refusal the writer can fix says why in the box.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks/{taskId}/comments")
class CommentPageController {
    static final String CHANGED = "pms:task-changed";
    private final CommentService comments;

    CommentPageController(CommentService comments) {
        this.comments = comments;
    }

    @PostMapping
    @RequiresPermission(Permission.COMMENT_WRITE)
    ResponseEntity<String> add(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(defaultValue = "") String body) {
        return done(() -> comments.add(access, taskId, body));
    }

    @PostMapping("/{commentId}")
    @RequiresPermission(Permission.COMMENT_WRITE)
    ResponseEntity<String> edit(WorkspaceAccess access, @PathVariable UUID taskId, @PathVariable UUID commentId,
                                @RequestParam(defaultValue = "") String body) {
        return done(() -> comments.edit(access, taskId, commentId, body));
    }

    @PostMapping("/{commentId}/delete")
    @RequiresPermission(Permission.COMMENT_WRITE)
    ResponseEntity<String> delete(WorkspaceAccess access, @PathVariable UUID taskId, @PathVariable UUID commentId) {
        return done(() -> comments.delete(access, taskId, commentId));
    }

    private static ResponseEntity<String> done(Runnable change) {
        try {
            change.run();
            return ResponseEntity.noContent().header("HX-Trigger", CHANGED).build();
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            // the message goes into the box's alert; Spring's HtmlUtils escapes it as text
            return ResponseEntity.unprocessableContent().header("HX-Retarget", "#comment-error").header("HX-Reswap", "innerHTML")
                    .header("Content-Type", "text/html;charset=UTF-8").body(HtmlUtils.htmlEscape(e.forPeople()));
        }
    }

}
