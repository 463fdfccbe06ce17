package dev.pms.activity.web;

import dev.pms.activity.ActivityItem;
import dev.pms.activity.ActivityQueries;
import dev.pms.comment.Comment;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** The activity part of the task panel, loaded into it by htmx and again after each change made there. */
@PageController
@RequestMapping("/w/{workspaceId}/tasks")
class ActivityStreamController {
    static final int PAGE = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final ActivityQueries activity;

    ActivityStreamController(ActivityQueries activity) {
        this.activity = activity;
    }

    /** The stream with the comment box; with a cursor, only the next page of entries (appended by "Show more"). */
    @GetMapping("/{taskId}/activity")
    @RequiresPermission(Permission.READ)
    ModelAndView stream(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) String cursor) {
        String base = WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId);
        Page<ActivityItem> page = activity.stream(access, taskId, cursor, PAGE);
        StreamView.Entries entries = new StreamView.Entries(page.items().stream().map(e -> entry(access, base, e)).toList(),
                page.nextCursor() == null ? null : base + "/activity?cursor=" + page.nextCursor());
        if (cursor != null) {
            return Htmx.page("activity/entries", entries);
        }
        boolean mayComment = access.can(Permission.COMMENT_WRITE);
        return Htmx.page("activity/stream", new StreamView(entries, mayComment ? base + "/comments" : null,
                "/api/v1/workspaces/" + access.workspaceId() + "/mentions"));
    }

    private static StreamView.EntryView entry(WorkspaceAccess access, String base, ActivityItem e) {
        Comment c = e.comment();
        boolean own = c != null && c.authorId().equals(access.userId()) && access.can(Permission.COMMENT_WRITE);
        boolean deletable = c != null && (own || access.can(Permission.COMMENT_DELETE_ANY));
        String commentPath = c == null ? null : base + "/comments/" + c.id();
        return new StreamView.EntryView(e.id().toString(), e.kind().name(), e.actorName(), WHEN.format(e.at()), e.at().toString(),
                ActivitySentences.of(e), c == null ? null : c.html(), c != null && c.edited(), c == null ? null : c.body(),
                own ? commentPath : null, deletable ? commentPath + "/delete" : null,
                c == null ? "entry-" + e.id() : "comment-" + c.id()); // a notification of a comment links to #comment-<id>
    }
}
