package dev.pms.task.web;

import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.BulkChange;
import dev.pms.task.BulkEditResult;
import dev.pms.task.Priority;
import dev.pms.task.TaskBulkService;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The table's bulk edit: the rows ticked and the change chosen in the bar above the table, then back to the same
 * table, whose message says what happened and offers "Undo". A task that may not be changed is skipped and counted.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks/bulk")
class TaskBulkController {
    /** A query string of the table; anything else is dropped, so that the way back stays on the table. */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9_.~%&=+\\-]*");
    private final TaskBulkService bulk;

    TaskBulkController(TaskBulkService bulk) {
        this.bulk = bulk;
    }

    /** The bar's choices: an empty one leaves its field as it is ("none" clears the assignee, {@code clearDue} the date). */
    record BulkForm(List<UUID> taskIds, TaskStatus status, Priority priority, String assignee,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, Boolean clearDue,
                    UUID addLabel, UUID removeLabel, Boolean delete, String back) {

        BulkChange change() {
            Optional<UUID> assigneeChange = assignee == null || assignee.isBlank() ? null
                    : assignee.equals("none") ? Optional.empty() : Optional.of(member(assignee));
            Optional<LocalDate> dueChange = Boolean.TRUE.equals(clearDue) ? Optional.empty() : due == null ? null : Optional.of(due);
            return new BulkChange(status, priority, assigneeChange, dueChange, addLabel == null ? List.of() : List.of(addLabel),
                    removeLabel == null ? List.of() : List.of(removeLabel), Boolean.TRUE.equals(delete));
        }
    }

    private static UUID member(String assignee) {
        try {
            return UUID.fromString(assignee);
        } catch (IllegalArgumentException e) {
            throw dev.pms.platform.web.ProblemException.invalid("assignee", "choose a member of the workspace");
        }
    }

    @PostMapping
    @RequiresPermission(Permission.TASK_WRITE)
    String edit(WorkspaceAccess access, @org.springframework.web.bind.annotation.ModelAttribute BulkForm form) {
        BulkEditResult result = bulk.apply(access, form.taskIds(), form.change(), true);
        String outcome = result.id() == null ? "" : "bulk=" + result.id() + "&";
        return back(access, form.back(), outcome + "applied=" + result.applied() + "&skipped=" + result.skipped());
    }

    @PostMapping("/{bulkId}/undo")
    @RequiresPermission(Permission.TASK_WRITE)
    String undo(WorkspaceAccess access, @PathVariable UUID bulkId, @RequestParam(required = false) String back) {
        return back(access, back, "undone=" + bulk.undo(access, bulkId));
    }

    private static String back(WorkspaceAccess access, String back, String outcome) {
        String query = back == null || !QUERY.matcher(back).matches() ? "" : back;
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks?" + (query.isEmpty() ? "" : query + "&") + outcome));
    }
}
