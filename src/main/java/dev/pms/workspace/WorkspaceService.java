package dev.pms.workspace;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** Workspace lifecycle and membership changes, keeping the rule that a workspace always has an OWNER. */
@Service
public class WorkspaceService {
    private final SecureRandom random = new SecureRandom();
    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final ApplicationEventPublisher events;

    WorkspaceService(WorkspaceRepository workspaces, MemberRepository members, ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.members = members;
        this.events = events;
    }

    @Transactional
    public Workspace create(UUID ownerId, String name) {
        UUID id = Ids.next();
        workspaces.insert(id, name.trim(), newInviteCode());
        members.insert(id, ownerId, Role.OWNER);
        return workspaces.find(id, ownerId).orElseThrow();
    }

    @Transactional
    public Workspace rename(WorkspaceAccess access, String name) {
        access.require(Permission.WORKSPACE_RENAME);
        workspaces.rename(access.workspaceId(), name.trim());
        return workspaces.find(access.workspaceId(), access.userId()).orElseThrow();
    }

    @Transactional
    public void delete(WorkspaceAccess access) {
        access.require(Permission.WORKSPACE_OWN);
        String name = workspaces.find(access.workspaceId(), access.userId()).orElseThrow().name();
        events.publishEvent(new WorkspaceDeleted(access.workspaceId(), access.userId(), name));
        workspaces.delete(access.workspaceId());
    }

    /** The shared invite link's code; empty while the link is turned off. */
    @Transactional(readOnly = true)
    public Optional<String> inviteCode(WorkspaceAccess access) {
        access.require(Permission.MEMBER_MANAGE);
        return workspaces.inviteCode(access.workspaceId());
    }

    /** A new shared link (turning it on if it was off): the old one stops working. */
    @Transactional
    public String resetInviteCode(WorkspaceAccess access) {
        access.require(Permission.MEMBER_MANAGE);
        String code = newInviteCode();
        workspaces.setInviteCode(access.workspaceId(), code);
        events.publishEvent(new InviteCodeReset(access.workspaceId(), access.userId()));
        return code;
    }

    /** Turns the shared link off: from then on people join by invites by email only. */
    @Transactional
    public void turnOffInviteLink(WorkspaceAccess access) {
        access.require(Permission.MEMBER_MANAGE);
        workspaces.setInviteCode(access.workspaceId(), null);
    }

    @Transactional
    public Member changeRole(WorkspaceAccess access, UUID userId, Role newRole) {
        access.require(Permission.MEMBER_MANAGE);
        Role current = lockMember(access, userId);
        requireOutranks(access, current);
        requireOutranks(access, newRole);
        if (current == Role.OWNER && newRole != Role.OWNER) {
            requireAnotherOwner(access);
        }
        members.setRole(access.workspaceId(), userId, newRole);
        events.publishEvent(new RoleChanged(access.workspaceId(), access.userId(), userId, current, newRole));
        return members.find(access.workspaceId(), userId).orElseThrow();
    }

    @Transactional
    public void removeMember(WorkspaceAccess access, UUID userId) {
        access.require(Permission.MEMBER_MANAGE);
        Role current = lockMember(access, userId);
        requireOutranks(access, current);
        if (current == Role.OWNER) {
            requireAnotherOwner(access);
        }
        members.delete(access.workspaceId(), userId);
        members.rememberRemoval(access.workspaceId(), userId);
        events.publishEvent(new MemberRemoved(access.workspaceId(), access.userId(), userId));
    }

    @Transactional
    public void leave(WorkspaceAccess access) {
        if (lockMember(access, access.userId()) == Role.OWNER) {
            requireAnotherOwner(access);
        }
        members.delete(access.workspaceId(), access.userId());
        events.publishEvent(new MemberRemoved(access.workspaceId(), access.userId(), access.userId()));
    }

    /** The new owner must already be a member; the previous owner stays on as ADMIN. */
    @Transactional
    public void transferOwnership(WorkspaceAccess access, UUID newOwnerId) {
        access.require(Permission.WORKSPACE_OWN);
        Role previous = lockMember(access, newOwnerId);
        members.setRole(access.workspaceId(), newOwnerId, Role.OWNER);
        events.publishEvent(new RoleChanged(access.workspaceId(), access.userId(), newOwnerId, previous, Role.OWNER));
        if (!newOwnerId.equals(access.userId())) {
            members.setRole(access.workspaceId(), access.userId(), Role.ADMIN);
            events.publishEvent(new RoleChanged(access.workspaceId(), access.userId(), access.userId(), Role.OWNER, Role.ADMIN));
        }
    }

    private Role lockMember(WorkspaceAccess access, UUID userId) {
        return members.roleForUpdate(access.workspaceId(), userId)
                .orElseThrow(() -> ProblemException.notFoundSaying(WorkspaceQueries.NOT_A_MEMBER));
    }

    private static void requireOutranks(WorkspaceAccess access, Role role) {
        if (!access.role().outranksOrEquals(role)) {
            throw ProblemException.forbidden("Only an owner may change an owner's role or make someone an owner.");
        }
    }

    private void requireAnotherOwner(WorkspaceAccess access) {
        if (members.lockOwners(access.workspaceId()) < 2) {
            throw ProblemException.conflict("last-owner", "A workspace must keep at least one owner; make someone else an owner first.");
        }
    }

    private String newInviteCode() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
