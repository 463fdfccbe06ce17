package dev.pms.audit.web;

import dev.pms.audit.AuditEntry;
import dev.pms.audit.AuditKind;
import dev.pms.audit.AuditQueries;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A workspace's audit log for its owners and admins, newest first, filtered by person and kind. */
@PageController
class AuditPageController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int SHOWN = 100;
    private final AuditQueries audit;
    private final WorkspaceQueries workspaces;
    private final WorkspaceNav nav;

    AuditPageController(AuditQueries audit, WorkspaceQueries workspaces, WorkspaceNav nav) {
        this.audit = audit;
        this.workspaces = workspaces;
        this.nav = nav;
    }

    @GetMapping("/w/{workspaceId}/audit")
    @RequiresPermission(Permission.AUDIT_READ)
    ModelAndView log(WorkspaceAccess access, @RequestParam(required = false) UUID actor,
                     @RequestParam(required = false) AuditKind kind, @RequestParam(required = false) String cursor) {
        Page<AuditEntry> page = audit.workspace(access, new AuditQueries.Filter(actor, kind, cursor), SHOWN);
        String base = WorkspaceNav.path(access.workspaceId(), "/audit");
        String older = page.nextCursor() == null ? null : UriComponentsBuilder.fromPath(base)
                .queryParamIfPresent("actor", Optional.ofNullable(actor))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParam("cursor", page.nextCursor()).encode().toUriString();
        return Htmx.page("audit/log", new AuditPageView(nav.layout(access, "Audit log", WorkspaceNav.Section.AUDIT), base,
                people(access, actor), kinds(kind), page.items().stream().map(AuditPageController::row).toList(), older));
    }

    private List<AuditPageView.Option> people(WorkspaceAccess access, UUID actor) {
        List<AuditPageView.Option> people = new ArrayList<>();
        people.add(new AuditPageView.Option("", "Anyone", actor == null));
        workspaces.allMembers(access).forEach(m -> people.add(
                new AuditPageView.Option(m.userId().toString(), m.name(), m.userId().equals(actor))));
        return people;
    }

    private static List<AuditPageView.Option> kinds(AuditKind kind) {
        List<AuditPageView.Option> kinds = new ArrayList<>();
        kinds.add(new AuditPageView.Option("", "Any event", kind == null));
        Arrays.stream(AuditKind.values()).forEach(k -> kinds.add(new AuditPageView.Option(k.name(), k.label(), k == kind)));
        return kinds;
    }

    private static AuditPageView.Row row(AuditEntry e) {
        String actor = e.actorName() != null ? e.actorName() : e.actorId() != null ? "a former account" : "unknown";
        String target = e.targetName() != null ? e.targetName() : e.targetId() != null ? e.targetId().toString() : "";
        return new AuditPageView.Row(WHEN.format(e.at()), e.kind().label(), actor, target,
                e.clientAddress() == null ? "" : e.clientAddress(), e.detail());
    }
}
