package dev.pms.ops.api;

import dev.pms.ops.SystemQueries;
import dev.pms.ops.SystemReport;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.web.ProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The system page's data, for instance admins only: it shows every workspace's activity and the database's statements. */
@RestController
class SystemApiController {
    private final SystemQueries system;

    SystemApiController(SystemQueries system) {
        this.system = system;
    }

    @GetMapping("/api/v1/admin/system")
    SystemReport system(@AuthenticationPrincipal AuthenticatedUser user) {
        if (!user.instanceAdmin()) {
            throw ProblemException.forbidden("Only instance admins may see the system report");
        }
        return system.report();
    }
}
