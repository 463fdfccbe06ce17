package dev.pms.audit;

import dev.pms.project.ProjectDeleted;
import dev.pms.workspace.InviteCodeReset;
import dev.pms.workspace.InviteCreated;
import dev.pms.workspace.InviteRevoked;
import dev.pms.workspace.MemberJoined;
import dev.pms.workspace.MemberRemoved;
import dev.pms.workspace.RoleChanged;
import dev.pms.workspace.WorkspaceDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records changes to who may do what in a workspace, and deletions. Listeners run synchronously in the
 * publisher's transaction: the entry commits with the change, or neither does.
 */
@Component
class WorkspaceAudit {
    private final AuditLog log;

    WorkspaceAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void joined(MemberJoined e) {
        log.workspace(e.workspaceId(), AuditKind.MEMBER_JOINED, e.userId(), e.userId(), "as " + e.role().label());
    }

    @EventListener
    void removed(MemberRemoved e) {
        log.workspace(e.workspaceId(), e.left() ? AuditKind.MEMBER_LEFT : AuditKind.MEMBER_REMOVED, e.actorId(), e.userId(), "");
    }

    @EventListener
    void roleChanged(RoleChanged e) {
        log.workspace(e.workspaceId(), AuditKind.ROLE_CHANGED, e.actorId(), e.userId(), e.from().label() + " → " + e.to().label());
    }

    @EventListener
    void inviteCodeReset(InviteCodeReset e) {
        log.workspace(e.workspaceId(), AuditKind.INVITE_CODE_RESET, e.actorId(), null, "the old invite link stopped working");
    }

    /** The hook for invites by email: their code publishes {@link InviteCreated} and {@link InviteRevoked}. */
    @EventListener
    void inviteCreated(InviteCreated e) {
        String expiry = e.expiresAt() == null ? "" : ", expires " + e.expiresAt();
        log.workspace(e.workspaceId(), AuditKind.INVITE_CREATED, e.actorId(), e.inviteId(), e.email() + " as " + e.role().label() + expiry);
    }

    @EventListener
    void inviteRevoked(InviteRevoked e) {
        log.workspace(e.workspaceId(), AuditKind.INVITE_REVOKED, e.actorId(), e.inviteId(), e.email());
    }

    @EventListener
    void projectDeleted(ProjectDeleted e) {
        log.workspace(e.workspaceId(), AuditKind.PROJECT_DELETED, e.actorId(), e.projectId(), e.name());
    }

    /** An instance-level entry: the workspace's own log goes with it, so only instance admins can read it. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted e) {
        log.instance(AuditKind.WORKSPACE_DELETED, e.actorId(), e.workspaceId(), e.name());
    }
}
