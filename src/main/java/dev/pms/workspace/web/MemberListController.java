package dev.pms.workspace.web;

import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.workspace.CreateInviteCommand;
import dev.pms.workspace.Invite;
import dev.pms.workspace.InviteService;
import dev.pms.workspace.Member;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.Role;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import dev.pms.workspace.WorkspaceQueries;
import dev.pms.workspace.WorkspaceService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Members with their roles; owners and admins also change roles, remove members, invite people by email and
 * share, reset or turn off the shared invite link.
 */
@PageController
@RequestMapping("/w/{workspaceId}/members")
class MemberListController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+$";
    private static final int SHOWN = 500;
    private final WorkspaceQueries queries;
    private final WorkspaceService workspaces;
    private final InviteService invites;
    private final WorkspaceNav nav;

    MemberListController(WorkspaceQueries queries, WorkspaceService workspaces, InviteService invites, WorkspaceNav nav) {
        this.queries = queries;
        this.workspaces = workspaces;
        this.invites = invites;
        this.nav = nav;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView members(WorkspaceAccess access) {
        return page(access, "", null);
    }

    @PostMapping("/invites")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    ModelAndView invite(WorkspaceAccess access, @RequestParam String email, @RequestParam Role role, HttpServletResponse response) {
        String trimmed = email.trim();
        try {
            if (!trimmed.matches(EMAIL) || trimmed.length() > 320) {
                throw ProblemException.invalid("email", "Enter an email address like ann@example.com.");
            }
            invites.create(access, new CreateInviteCommand(trimmed, role, site()));
            return new ModelAndView(back(access));
        } catch (ProblemException e) {
            response.setStatus(e.status() == HttpStatus.BAD_REQUEST ? HttpStatus.UNPROCESSABLE_CONTENT.value() : e.status().value());
            return page(access, email, e.errors().isEmpty() ? e.getMessage() : e.errors().getFirst().message());
        }
    }

    @PostMapping("/invites/{inviteId}/revoke")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    String revoke(WorkspaceAccess access, @PathVariable UUID inviteId) {
        invites.revoke(access, inviteId);
        return back(access);
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

    /** Makes a new shared link, turning it on if it was off. */
    @PostMapping("/invite/reset")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    String resetInvite(WorkspaceAccess access) {
        workspaces.resetInviteCode(access);
        return back(access);
    }

    @PostMapping("/invite/off")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    String turnOffInvite(WorkspaceAccess access) {
        workspaces.turnOffInviteLink(access);
        return back(access);
    }

    private ModelAndView page(WorkspaceAccess access, String email, String error) {
        Page<Member> page = queries.members(access, null, SHOWN);
        boolean manage = access.can(Permission.MEMBER_MANAGE);
        List<MemberListView.Row> rows = page.items().stream().map(m -> row(access, m, manage)).toList();
        String link = manage ? workspaces.inviteCode(access).map(code -> site() + "/join/" + code).orElse(null) : null;
        MemberListView.Invites panel = manage ? invites(access, email, error) : MemberListView.Invites.NONE;
        return Htmx.page("workspace/members", new MemberListView(nav.layout(access, "Members", WorkspaceNav.Section.MEMBERS),
                WorkspaceNav.path(access.workspaceId(), "/members"), rows, page.nextCursor() != null, manage, link, panel));
    }

    private MemberListView.Invites invites(WorkspaceAccess access, String email, String error) {
        Instant now = Instant.now();
        List<MemberListView.Pending> pending = invites.pending(access).stream().map(i -> pending(i, now)).toList();
        long days = invites.lifetime().toDays();
        String lifetime = days >= 1 ? days + (days == 1 ? " day" : " days") : invites.lifetime().toHours() + " hours";
        return new MemberListView.Invites(pending, grantable(access), invites.emailsInvites(), lifetime, email, error);
    }

    private static MemberListView.Pending pending(Invite invite, Instant now) {
        return new MemberListView.Pending(invite.id().toString(), invite.email(), invite.role(), UNTIL.format(invite.expiresAt()),
                invite.expired(now), site() + invite.path());
    }

    private static MemberListView.Row row(WorkspaceAccess access, Member m, boolean manage) {
        boolean mayChange = manage && access.role().outranksOrEquals(m.role()) && !m.userId().equals(access.userId());
        return new MemberListView.Row(m.userId().toString(), m.name(), m.email(), m.role(), DAY.format(m.joinedAt()),
                mayChange ? grantable(access) : List.of(), mayChange);
    }

    /** The roles the viewer may give: an ADMIN never OWNER (DESIGN §4). */
    private static List<Role> grantable(WorkspaceAccess access) {
        return Arrays.stream(Role.values()).filter(r -> access.role().outranksOrEquals(r)).toList();
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private static String back(WorkspaceAccess access) {
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/members"));
    }
}
