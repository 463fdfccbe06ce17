package dev.pms.workspace.api;

import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.workspace.InviteService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.Workspace;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import dev.pms.workspace.WorkspaceService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceApiController {
    private final WorkspaceService workspaces;
    private final WorkspaceQueries queries;
    private final InviteService invites;

    WorkspaceApiController(WorkspaceService workspaces, WorkspaceQueries queries, InviteService invites) {
        this.workspaces = workspaces;
        this.queries = queries;
        this.invites = invites;
    }

    record WorkspaceRequest(@NotBlank @Size(max = 100) String name) {
    }

    record JoinRequest(@NotBlank @Size(max = 100) String code) {
    }

    record TransferRequest(@NotNull UUID userId) {
    }

    /** The shared invite link; both fields are null while the link is turned off. */
    record InviteResponse(String code, String path) {
        static InviteResponse of(Optional<String> code) {
            return new InviteResponse(code.orElse(null), code.map(c -> "/join/" + c).orElse(null));
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Workspace create(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody WorkspaceRequest body) {
        return workspaces.create(user.id(), body.name());
    }

    @GetMapping
    List<Workspace> mine(@AuthenticationPrincipal AuthenticatedUser user) {
        return queries.mine(user.id());
    }

    @PostMapping("/join")
    Workspace join(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody JoinRequest body) {
        return invites.join(user.id(), body.code());
    }

    @GetMapping("/{workspaceId}")
    @RequiresPermission(Permission.READ)
    Workspace get(WorkspaceAccess access) {
        return queries.get(access);
    }

    @PatchMapping("/{workspaceId}")
    @RequiresPermission(Permission.WORKSPACE_RENAME)
    Workspace rename(WorkspaceAccess access, @Valid @RequestBody WorkspaceRequest body) {
        return workspaces.rename(access, body.name());
    }

    @DeleteMapping("/{workspaceId}")
    @RequiresPermission(Permission.WORKSPACE_OWN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(WorkspaceAccess access) {
        workspaces.delete(access);
    }

    @PostMapping("/{workspaceId}/transfer")
    @RequiresPermission(Permission.WORKSPACE_OWN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(WorkspaceAccess access, @Valid @RequestBody TransferRequest body) {
        workspaces.transferOwnership(access, body.userId());
    }

    @PostMapping("/{workspaceId}/leave")
    @RequiresPermission(Permission.READ)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(WorkspaceAccess access) {
        workspaces.leave(access);
    }

    @GetMapping("/{workspaceId}/invite")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    InviteResponse invite(WorkspaceAccess access) {
        return InviteResponse.of(workspaces.inviteCode(access));
    }

    @PostMapping("/{workspaceId}/invite/reset")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    InviteResponse resetInvite(WorkspaceAccess access) {
        return InviteResponse.of(Optional.of(workspaces.resetInviteCode(access)));
    }

    /** Turns the shared link off; resetting it turns it on again, with a new code. */
    @DeleteMapping("/{workspaceId}/invite")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void turnOffInvite(WorkspaceAccess access) {
        workspaces.turnOffInviteLink(access);
    }
}
