package dev.pms.task.api;

import dev.pms.task.BulkEditResult;
import dev.pms.task.TaskBulkService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Bulk edits: up to 1,000 tasks changed in one transaction with a result per task, and the undo of one. Deleting asks
 * for the permission to delete one's own tasks; each task is then checked as a single delete would be.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/tasks/bulk")
class TaskBulkApiController {
    private final TaskBulkService bulk;

    TaskBulkApiController(TaskBulkService bulk) {
        this.bulk = bulk;
    }

    @PostMapping
    @RequiresPermission(Permission.TASK_WRITE)
    BulkEditResult edit(WorkspaceAccess access, @RequestBody BulkEditRequest body) {
        return bulk.apply(access, body.taskIds(), body.toChange(), body.skipInvalid());
    }

    /** The answer: how many tasks the undo restored. */
    record UndoResponse(int restored) {
    }

    @PostMapping("/{bulkId}/undo")
    @RequiresPermission(Permission.TASK_WRITE)
    UndoResponse undo(WorkspaceAccess access, @PathVariable UUID bulkId) {
        return new UndoResponse(bulk.undo(access, bulkId));
    }
}
