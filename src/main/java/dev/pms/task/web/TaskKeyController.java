package dev.pms.task.web;

import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.TaskKey;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Short task links, /w/{ws}/t/WEB-12: the task's page (its panel alone); a key the task had before it moved leads to its present one. */
@PageController
class TaskKeyController {
    private final TaskQueries queries;
    private final TaskPanelViews panels;

    TaskKeyController(TaskQueries queries, TaskPanelViews panels) {
        this.queries = queries;
        this.panels = panels;
    }

    @GetMapping("/w/{workspaceId}/t/{key}")
    @RequiresPermission(Permission.READ)
    ModelAndView task(WorkspaceAccess access, @PathVariable String key) {
        TaskQueries.ByKey found = queries.byKey(access, TaskKey.parse(key));
        if (found.moved()) {
            RedirectView moved = new RedirectView(WorkspaceNav.path(access.workspaceId(), "/t/" + found.task().key()));
            moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return new ModelAndView(moved);
        }
        return Htmx.page("task/page", panels.panel(access, found.task(), true));
    }
}
