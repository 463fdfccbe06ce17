package dev.pms.workspace.web;

import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.page.Htmx;
import dev.pms.workspace.Member;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.Role;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import dev.pms.workspace.WorkspaceQueries;
import dev.pms.workspace.WorkspaceService;
import dev.pms.platform.web.page.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Members with their roles; owners and admins also change roles, remove members and share or reset the invite link. */
@PageController
@RequestMapping("/w/{workspaceId}/members")
class MemberListController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final int SHOWN = 500;
    private final WorkspaceQueries queries;
    private final WorkspaceService workspaces;
    private final WorkspaceNav nav;

    MemberListController(WorkspaceQueries queries, WorkspaceService workspaces, WorkspaceNav nav) {
        this.queries = queries;
        this.workspaces = workspaces;
        this.nav = nav;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView members(WorkspaceAccess access) {
        Page<Member> page = queries.members(access, null, SHOWN);
        boolean manage = access.can(Permission.MEMBER_MANAGE);
        List<MemberListView.Row> rows = page.items().stream().map(m -> row(access, m, manage)).toList();
        String invite = manage ? ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/join/" + workspaces.inviteCode(access)).toUriString() : null;
        return Htmx.page("workspace/members", new MemberListView(nav.layout(access, "Members", WorkspaceNav.Section.MEMBERS),
                WorkspaceNav.path(access.workspaceId(), "/members"), rows, page.nextCursor() != null, manage, invite));
    }

    @PostMapping("/{userId}/role")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    String changeRole(WorkspaceAccess access, @PathVariable UUID userId, @RequestParam Role role) {
        workspaces.changeRole(access, userId, role);
        return back(access);
    }

    @PostMapping("/{userId}/remove")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    String remove(WorkspaceAccess access, @PathVariable UUID userId) {
        workspaces.removeMember(access, userId);
        return back(access);
    }

    @PostMapping("/invite/reset")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    String resetInvite(WorkspaceAccess access) {
        workspaces.resetInviteCode(access);
        return back(access);
    }

    private static MemberListView.Row row(WorkspaceAccess access, Member m, boolean manage) {
        boolean mayChange = manage && access.role().outranksOrEquals(m.role()) && !m.userId().equals(access.userId());
        List<Role> roles = mayChange ? Arrays.stream(Role.values()).filter(r -> access.role().outranksOrEquals(r)).toList()
                : List.of();
        return new MemberListView.Row(m.userId().toString(), m.name(), m.email(), m.role(), DAY.format(m.joinedAt()),
                roles, mayChange);
    }

    private static String back(WorkspaceAccess access) {
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/members"));
    }
}
