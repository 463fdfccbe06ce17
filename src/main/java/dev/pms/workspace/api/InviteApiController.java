package dev.pms.workspace.api;

import dev.pms.workspace.CreateInviteCommand;
import dev.pms.workspace.Invite;
import dev.pms.workspace.InviteService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.Role;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Invites by email: single use, for one address, with a role, until they expire (pms.invite.lifetime). */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/invites")
class InviteApiController {
    private final InviteService invites;

    InviteApiController(InviteService invites) {
        this.invites = invites;
    }

    record InviteRequest(@NotBlank @Email @Size(max = 320) String email, @NotNull Role role) {
    }

    /** {@code emailed} is false when PMS has no SMTP server: then the link is to be passed on by hand. */
    record InviteResponse(UUID id, String email, Role role, Instant createdAt, Instant expiresAt, String path, Boolean emailed) {
        static InviteResponse of(Invite invite, Boolean emailed) {
            return new InviteResponse(invite.id(), invite.email(), invite.role(), invite.createdAt(), invite.expiresAt(),
                    invite.path(), emailed);
        }
    }

    @GetMapping
    @RequiresPermission(Permission.MEMBER_MANAGE)
    List<InviteResponse> list(WorkspaceAccess access) {
        return invites.pending(access).stream().map(i -> InviteResponse.of(i, null)).toList();
    }

    @PostMapping
    @RequiresPermission(Permission.MEMBER_MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    InviteResponse create(WorkspaceAccess access, @Valid @RequestBody InviteRequest body) {
        String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        InviteService.CreatedInvite created = invites.create(access, new CreateInviteCommand(body.email(), body.role(), site));
        return InviteResponse.of(created.invite(), created.emailed());
    }

    @DeleteMapping("/{inviteId}")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(WorkspaceAccess access, @PathVariable UUID inviteId) {
        invites.revoke(access, inviteId);
    }
}
