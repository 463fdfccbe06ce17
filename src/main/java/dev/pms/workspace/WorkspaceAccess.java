package dev.pms.workspace;

import dev.pms.platform.web.ProblemException;

import java.util.UUID;

/**
 * Proof that the current user is a member of a workspace with a role. Services take it as their first
 * argument, so no code reaches tenant data without this check having run.
 */
public record WorkspaceAccess(UUID workspaceId, UUID userId, Role role) {

    public boolean can(Permission permission) {
        return role.grants(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw ProblemException.forbidden("Your role (" + role + ") may not do this");
        }
    }
}
