package dev.pms.notification.api;

import dev.pms.notification.Watcher;
import dev.pms.notification.WatcherService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Who watches a task; {@code PUT .../watchers/me} watches it, {@code DELETE} unwatches it (anyone who may read it). */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/tasks/{taskId}/watchers")
class WatcherApiController {
    private final WatcherService watchers;

    WatcherApiController(WatcherService watchers) {
        this.watchers = watchers;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    List<Watcher> list(WorkspaceAccess access, @PathVariable UUID taskId) {
        return watchers.watchers(access, taskId);
    }

    @PutMapping("/me")
    @RequiresPermission(Permission.READ)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void watch(WorkspaceAccess access, @PathVariable UUID taskId) {
        watchers.choose(access, taskId, true);
    }

    @DeleteMapping("/me")
    @RequiresPermission(Permission.READ)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unwatch(WorkspaceAccess access, @PathVariable UUID taskId) {
        watchers.choose(access, taskId, false);
    }
}
