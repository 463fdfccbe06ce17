package dev.pms.workspace.web;

import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.Workspace;
import dev.pms.workspace.WorkspaceNav;
import dev.pms.workspace.WorkspaceQueries;
import dev.pms.workspace.WorkspaceService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Joining by invite link. Opening the link only shows a button: joining is a POST, so that a link
 * fetched by a preview bot or an image tag cannot make anyone a member.
 */
@PageController
class InvitePageController {
    private final WorkspaceService workspaces;
    private final WorkspaceQueries queries;

    InvitePageController(WorkspaceService workspaces, WorkspaceQueries queries) {
        this.workspaces = workspaces;
        this.queries = queries;
    }

    @GetMapping("/join/{code}")
    ModelAndView invite(@PathVariable String code) {
        String workspace = queries.invitedTo(code);
        return Htmx.page("workspace/join", new InviteView(Layouts.of("Join " + workspace), code, workspace));
    }

    @PostMapping("/join/{code}")
    String join(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String code) {
        Workspace joined = workspaces.join(user.id(), code);
        return Htmx.redirect(WorkspaceNav.path(joined.id(), ""));
    }
}
