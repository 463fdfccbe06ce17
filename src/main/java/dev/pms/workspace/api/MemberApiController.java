package dev.pms.workspace.api;

import dev.pms.platform.jdbc.Limits;
import dev.pms.platform.jdbc.Page;
import dev.pms.workspace.Member;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.Role;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import dev.pms.workspace.WorkspaceService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/members")
class MemberApiController {
    private final WorkspaceService workspaces;
    private final WorkspaceQueries queries;

    MemberApiController(WorkspaceService workspaces, WorkspaceQueries queries) {
        this.workspaces = workspaces;
        this.queries = queries;
    }

    record RoleRequest(@NotNull Role role) {
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    Page<Member> list(WorkspaceAccess access, @RequestParam(required = false) String cursor,
                      @RequestParam(required = false) Integer limit) {
        return queries.members(access, cursor, Limits.of(limit));
    }

    @GetMapping("/{userId}")
    @RequiresPermission(Permission.READ)
    Member get(WorkspaceAccess access, @PathVariable UUID userId) {
        return queries.member(access, userId);
    }

    @PatchMapping("/{userId}")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    Member changeRole(WorkspaceAccess access, @PathVariable UUID userId, @Valid @RequestBody RoleRequest body) {
        return workspaces.changeRole(access, userId, body.role());
    }

    @DeleteMapping("/{userId}")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(WorkspaceAccess access, @PathVariable UUID userId) {
        workspaces.removeMember(access, userId);
    }
}
