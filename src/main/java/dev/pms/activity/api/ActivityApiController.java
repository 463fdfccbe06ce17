package dev.pms.activity.api;

import dev.pms.activity.ActivityItem;
import dev.pms.activity.ActivityQueries;
import dev.pms.platform.jdbc.Limits;
import dev.pms.platform.jdbc.Page;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A task's history interleaved with its comments, oldest first (newest last), in keyset pages. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
class ActivityApiController {
    private final ActivityQueries activity;

    ActivityApiController(ActivityQueries activity) {
        this.activity = activity;
    }

    @GetMapping("/tasks/{taskId}/activity")
    @RequiresPermission(Permission.READ)
    Page<ActivityItem> stream(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        return activity.stream(access, taskId, cursor, Limits.of(limit));
    }
}
