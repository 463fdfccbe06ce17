package dev.pms.workspace;

import dev.pms.platform.web.ProblemException;

import java.util.UUID;

/**
 * Proof that a user is a member of a workspace with a role. Services take it as their first argument, so
 * no code reaches tenant data without this check having run. Only this module can make one: the
 * interceptor for a request, {@link WorkspaceQueries#accessOf} for a job acting for its user.
 */
public final class WorkspaceAccess {
    private final UUID workspaceId;
    private final UUID userId;
    private final Role role;

    WorkspaceAccess(UUID workspaceId, UUID userId, Role role) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.role = role;
    }

    public UUID workspaceId() {
        return workspaceId;
    }

    public UUID userId() {
        return userId;
    }

    public Role role() {
        return role;
    }

    public boolean can(Permission permission) {
        return role.grants(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw ProblemException.forbidden("Your role (" + role.label() + ") may not do this.");
        }
    }

    /** Members may delete the tasks they created; managers and above any task. */
    public boolean mayDeleteTask(UUID createdBy) {
        return can(Permission.TASK_DELETE_ANY) || can(Permission.TASK_DELETE_OWN) && userId.equals(createdBy);
    }

    /** Managers may undo the imports they uploaded; admins and owners any import. */
    public boolean mayUndoImport(UUID uploadedBy) {
        return can(Permission.IMPORT_UNDO_ANY) || can(Permission.IMPORT_UNDO_OWN) && userId.equals(uploadedBy);
    }

    /** Only its owner changes a personal view; a shared one its owner, admins and the owner of the workspace. */
    public boolean mayEditView(UUID viewOwner, boolean shared) {
        return userId.equals(viewOwner) || shared && can(Permission.SHARED_VIEW_MANAGE_ANY);
    }

    @Override
    public String toString() {
        return "WorkspaceAccess[" + workspaceId + ", " + userId + ", " + role + "]";
    }
}
