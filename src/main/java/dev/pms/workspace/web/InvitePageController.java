package dev.pms.workspace.web;

import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.InvitePreview;
import dev.pms.workspace.InviteService;
import dev.pms.workspace.Workspace;
import dev.pms.workspace.WorkspaceNav;
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
    private final InviteService invites;

    InvitePageController(InviteService invites) {
        this.invites = invites;
    }

    /** Names the workspace and the role; an invite that would not let this person in says why, here already. */
    @GetMapping("/join/{code}")
    ModelAndView invite(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String code) {
        InvitePreview preview = invites.preview(user.id(), code);
        return Htmx.page("workspace/join", new InviteView(Layouts.of("Join " + preview.workspaceName()), code,
                preview.workspaceName(), preview.role().label()));
    }

    @PostMapping("/join/{code}")
    String join(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String code) {
        Workspace joined = invites.join(user.id(), code);
        return Htmx.redirect(WorkspaceNav.path(joined.id(), ""));
    }
}
