package dev.pms.audit.api;

import dev.pms.audit.AuditEntry;
import dev.pms.audit.AuditKind;
import dev.pms.audit.AuditQueries;
import dev.pms.platform.jdbc.Limits;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The audit log as JSON, newest first, keyset paged and filterable by person ({@code actor}) and {@code kind}. */
@RestController
class AuditApiController {
    private final AuditQueries audit;

    AuditApiController(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/audit")
    @RequiresPermission(Permission.AUDIT_READ)
    Page<AuditEntry> workspace(WorkspaceAccess access, @RequestParam(required = false) UUID actor,
                               @RequestParam(required = false) AuditKind kind, @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Integer limit) {
        return audit.workspace(access, new AuditQueries.Filter(actor, kind, cursor), Limits.of(limit));
    }

    /** Sign-ins, sign-outs, tokens and workspace deletions of the whole instance, for instance admins. */
    @GetMapping("/api/v1/admin/audit")
    Page<AuditEntry> instance(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(required = false) UUID actor,
                              @RequestParam(required = false) AuditKind kind, @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        return audit.instance(user, new AuditQueries.Filter(actor, kind, cursor), Limits.of(limit));
    }
}
