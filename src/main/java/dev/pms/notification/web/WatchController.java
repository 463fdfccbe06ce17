package dev.pms.notification.web;

import dev.pms.notification.WatcherService;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.UUID;

/**
 * The Watch button, a partial that a task's page loads into its {@code #task-watch} slot; posting it answers the
 * same partial to htmx, and goes back to the task without JavaScript.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks/{taskId}/watch")
class WatchController {
    private final WatcherService watchers;

    WatchController(WatcherService watchers) {
        this.watchers = watchers;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView button(WorkspaceAccess access, @PathVariable UUID taskId) {
        return view(access, taskId);
    }

    @PostMapping
    @RequiresPermission(Permission.READ)
    ModelAndView choose(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam boolean watching, HttpServletRequest request) {
        watchers.choose(access, taskId, watching);
        return Htmx.isHtmx(request) ? view(access, taskId) : new ModelAndView(Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId)));
    }

    private ModelAndView view(WorkspaceAccess access, UUID taskId) {
        return Htmx.page("notification/watch", new WatchView(Layouts.of("").csrf(),
                WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId + "/watch"),
                watchers.watching(access, taskId), watchers.watchers(access, taskId).size()));
    }
}
