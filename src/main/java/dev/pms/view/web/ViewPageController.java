package dev.pms.view.web;

import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.view.SavedView;
import dev.pms.view.ViewService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/** "Save this view" on the table (the table's query string under a name), and deleting one; both go back to the table. */
@PageController
@RequestMapping("/w/{workspaceId}/views")
class ViewPageController {
    private final ViewService views;

    ViewPageController(ViewService views) {
        this.views = views;
    }

    @PostMapping
    @RequiresPermission(Permission.READ)
    String save(WorkspaceAccess access, @RequestParam String name, @RequestParam(defaultValue = "") String query,
                @RequestParam(defaultValue = "false") boolean shared) {
        SavedView view = views.create(access, name, query, shared);
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks?" + view.query()));
    }

    @PostMapping("/{viewId}/delete")
    @RequiresPermission(Permission.READ)
    String delete(WorkspaceAccess access, @PathVariable UUID viewId) {
        views.delete(access, viewId);
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks"));
    }
}
