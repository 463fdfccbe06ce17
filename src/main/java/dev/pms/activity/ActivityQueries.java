package dev.pms.activity;

import dev.pms.comment.Comment;
import dev.pms.comment.CommentQueries;
import dev.pms.imports.ImportQueries;
import dev.pms.imports.OriginalNames;
import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.task.Task;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A task's stream: its activity, oldest first by the keyset (at, id), with the comments its entries announce. */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {
    private final ActivityRepository activity;
    private final TaskQueries tasks;
    private final CommentQueries comments;
    private final ImportQueries imports;
    private final ActivityLabels labels;

    ActivityQueries(ActivityRepository activity, TaskQueries tasks, CommentQueries comments, ImportQueries imports, ActivityLabels labels) {
        this.activity = activity;
        this.tasks = tasks;
        this.comments = comments;
        this.imports = imports;
        this.labels = labels;
    }

    public Page<ActivityItem> stream(WorkspaceAccess access, UUID taskId, String cursor, int limit) {
        Task task = tasks.get(access, taskId);
        Instant afterAt = null;
        UUID afterId = null;
        if (cursor != null) {
            Cursor c = Cursor.decode(cursor, 2);
            afterAt = c.instant(0);
            afterId = c.uuid(1);
        }
        List<ActivityEntry> rows = activity.page(access.workspaceId(), taskId, task.importId(), afterAt, afterId, limit + 1);
        Page<ActivityEntry> page = Page.of(rows, limit, e -> Cursor.of(e.at(), e.id()));
        ActivityLabels.Names names = labels.of(access, page.items());
        Map<UUID, Comment> shown = comments.byIds(access, page.items().stream().map(ActivityEntry::commentId).filter(Objects::nonNull).toList());
        String fileName = task.importId() == null ? null : imports.get(access, task.importId()).fileName();
        boolean imported = page.items().stream().anyMatch(e -> e.kind() == ActivityKind.IMPORTED);
        Originals original = imported ? new Originals(imports.originalAssignee(access, taskId).orElse(null),
                imports.originalNames(access, taskId).orElse(NO_NAMES)) : new Originals(null, NO_NAMES);
        List<ActivityItem> items = page.items().stream().map(e -> item(e, names, shown, fileName, original)).toList();
        return new Page<>(items, page.nextCursor());
    }

    /** The people an imported task's row named who were no members. */
    private record Originals(String assignee, OriginalNames names) {
    }

    private static final OriginalNames NO_NAMES = new OriginalNames(null, List.of());

    private static ActivityItem item(ActivityEntry e, ActivityLabels.Names names, Map<UUID, Comment> comments, String fileName,
                                     Originals original) {
        boolean imported = e.kind() == ActivityKind.IMPORTED;
        return new ActivityItem(e.id(), e.kind(), e.at(), e.actorId(), names.person(e.actorId()), e.field(), e.oldValue(), e.newValue(),
                ActivityLabels.label(e.field(), e.oldValue(), names), ActivityLabels.label(e.field(), e.newValue(), names), e.via(),
                e.importId(), e.importId() == null ? null : fileName, imported ? original.assignee() : null,
                imported ? original.names().reporter() : null, imported ? original.names().others() : List.of(),
                e.commentId() == null ? null : comments.get(e.commentId()));
    }
}
