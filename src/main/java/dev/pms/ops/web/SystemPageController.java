package dev.pms.ops.web;

import dev.pms.ops.SystemQueries;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The system page: the same report as {@code GET /api/v1/admin/system}, for instance admins only. */
@PageController
class SystemPageController {
    private final SystemQueries system;

    SystemPageController(SystemQueries system) {
        this.system = system;
    }

    @GetMapping("/admin/system")
    ModelAndView system(@AuthenticationPrincipal AuthenticatedUser user) {
        if (!user.instanceAdmin()) {
            throw ProblemException.forbidden("Only instance admins may see the system page.");
        }
        return Htmx.page("ops/system", new SystemPageView(Layouts.of("System"), system.report()));
    }
}
