package dev.pms.workspace.web;

import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.Workspace;
import dev.pms.workspace.WorkspaceNav;
import dev.pms.workspace.WorkspaceQueries;
import dev.pms.workspace.WorkspaceService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;

/** The start page: straight into one's first workspace, or the list of workspaces with a form to create one. */
@PageController
class WorkspaceListController {
    private final WorkspaceQueries queries;
    private final WorkspaceService workspaces;

    WorkspaceListController(WorkspaceQueries queries, WorkspaceService workspaces) {
        this.queries = queries;
        this.workspaces = workspaces;
    }

    @GetMapping("/")
    ModelAndView start(@AuthenticationPrincipal AuthenticatedUser user) {
        List<Workspace> mine = queries.mine(user.id());
        return mine.isEmpty() ? list(user, "", null) : new ModelAndView(Htmx.redirect(WorkspaceNav.path(mine.getFirst().id(), "")));
    }

    @GetMapping("/workspaces")
    ModelAndView workspaces(@AuthenticationPrincipal AuthenticatedUser user) {
        return list(user, "", null);
    }

    @PostMapping("/workspaces")
    ModelAndView create(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam String name, HttpServletResponse response) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(user, name, "Give the workspace a name of 1 to 100 characters.");
        }
        Workspace created = workspaces.create(user.id(), trimmed);
        return new ModelAndView(Htmx.redirect(WorkspaceNav.path(created.id(), "")));
    }

    private ModelAndView list(AuthenticatedUser user, String name, String error) {
        List<WorkspaceListView.Item> items = queries.mine(user.id()).stream()
                .map(w -> new WorkspaceListView.Item(w.name(), w.role().label(), WorkspaceNav.path(w.id(), ""))).toList();
        return Htmx.page("workspace/list", new WorkspaceListView(Layouts.of("Workspaces"), items, name, error));
    }
}
