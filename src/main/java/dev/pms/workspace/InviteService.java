package dev.pms.workspace;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Invites by email (one address, one role, single use, until they expire) and joining through any invite
 * link: such an invite's, or the workspace's shared link, which lets nobody back in who was removed.
 */
@Service
@EnableConfigurationProperties(InviteProperties.class)
public class InviteService {
    private final SecureRandom random = new SecureRandom();
    private final InviteRepository invites;
    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final InviteMail mail;
    private final InviteProperties properties;
    private final ApplicationEventPublisher events;

    InviteService(InviteRepository invites, WorkspaceRepository workspaces, MemberRepository members, InviteMail mail,
                  InviteProperties properties, ApplicationEventPublisher events) {
        this.invites = invites;
        this.workspaces = workspaces;
        this.members = members;
        this.mail = mail;
        this.properties = properties;
        this.events = events;
    }

    /** The invite made, and whether it was emailed (without SMTP it was not: its link is to be copied). */
    public record CreatedInvite(Invite invite, boolean emailed) {
    }

    @Transactional
    public CreatedInvite create(WorkspaceAccess access, CreateInviteCommand command) {
        access.require(Permission.MEMBER_MANAGE);
        if (!access.role().outranksOrEquals(command.role())) {
            throw ProblemException.forbidden("Only an owner may invite someone as an owner.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Invite invite = invites.insert(access.workspaceId(), Ids.next(), command.email().trim().toLowerCase(Locale.ROOT),
                command.role(), HexFormat.of().formatHex(bytes), access.userId(), properties.lifetime());
        events.publishEvent(new InviteCreated(access.workspaceId(), access.userId(), invite.id(), invite.email(), invite.role(),
                invite.expiresAt()));
        String workspaceName = workspaces.find(access.workspaceId(), access.userId()).orElseThrow().name();
        return new CreatedInvite(invite, mail.send(invite, workspaceName, command.siteUrl()));
    }

    /** How long a new invite works. */
    public Duration lifetime() {
        return properties.lifetime();
    }

    /** Whether invites go out by email; if not, admins copy an invite's link from the members page. */
    public boolean emailsInvites() {
        return mail.enabled();
    }

    @Transactional(readOnly = true)
    public List<Invite> pending(WorkspaceAccess access) {
        access.require(Permission.MEMBER_MANAGE);
        return invites.pending(access.workspaceId());
    }

    @Transactional
    public void revoke(WorkspaceAccess access, UUID inviteId) {
        access.require(Permission.MEMBER_MANAGE);
        String email = invites.revoke(access.workspaceId(), inviteId).orElseThrow(() -> ProblemException.notFound("invite"));
        events.publishEvent(new InviteRevoked(access.workspaceId(), access.userId(), inviteId, email));
    }

    /** What the link offers this user; refused with the reason when it would not let them join. */
    @Transactional(readOnly = true)
    public InvitePreview preview(UUID userId, String code) {
        String trimmed = code.trim();
        Optional<InviteRepository.Opened> opened = invites.open(trimmed, userId);
        if (opened.isPresent()) {
            requireUsable(opened.get());
            return new InvitePreview(opened.get().workspaceName(), opened.get().role());
        }
        sharedLinkWorkspace(userId, trimmed);
        return new InvitePreview(workspaces.nameByInviteCode(trimmed).orElseThrow(), Role.MEMBER);
    }

    /** Joins with the invite's role, or as MEMBER by the shared link; one who already belongs keeps their role. */
    @Transactional
    public Workspace join(UUID userId, String code) {
        String trimmed = code.trim();
        Optional<InviteRepository.Opened> opened = invites.open(trimmed, userId);
        if (opened.isPresent()) {
            requireUsable(opened.get());
            Role role = invites.accept(trimmed, userId).orElseThrow(InviteService::used);
            UUID workspaceId = opened.get().workspaceId();
            members.forgetRemoval(workspaceId, userId);
            return joined(workspaceId, userId, role);
        }
        return joined(sharedLinkWorkspace(userId, trimmed), userId, Role.MEMBER);
    }

    private Workspace joined(UUID workspaceId, UUID userId, Role role) {
        if (members.insert(workspaceId, userId, role)) {
            events.publishEvent(new MemberJoined(workspaceId, userId, role));
        }
        return workspaces.find(workspaceId, userId).orElseThrow();
    }

    private UUID sharedLinkWorkspace(UUID userId, String code) {
        UUID workspaceId = workspaces.findByInviteCode(code).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "invite-not-found", "This invite link does not work: it may have been reset or turned off. Ask for a new one."));
        if (members.wasRemoved(workspaceId, userId)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "removed-member",
                    "You were removed from this workspace, so its shared link no longer lets you in. Ask one of its admins to invite you.");
        }
        return workspaceId;
    }

    private static void requireUsable(InviteRepository.Opened invite) {
        if (invite.revokedAt() != null) {
            throw new ProblemException(HttpStatus.GONE, "invite-revoked", "This invite was withdrawn. Ask the workspace's admins for a new one.");
        }
        if (invite.acceptedAt() != null) {
            throw used();
        }
        if (invite.expired()) {
            throw new ProblemException(HttpStatus.GONE, "invite-expired", "This invite has expired. Ask the workspace's admins for a new one.");
        }
        if (!invite.forThisUser()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "invite-for-another-email",
                    "This invite is for another email address. Sign in with the address the invite was sent to.");
        }
    }

    private static ProblemException used() {
        return new ProblemException(HttpStatus.GONE, "invite-used", "This invite has been used already: each invite works once.");
    }
}
