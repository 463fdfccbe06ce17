package dev.pms.workspace;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class InviteRepository {
    private static final String COLUMNS = "id, email, role, created_at, expires_at, token";
    private final JdbcClient jdbc;

    InviteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An invite as the person opening its link meets it, whatever its state, with whether it is theirs. */
    record Opened(UUID workspaceId, String workspaceName, Role role, boolean forThisUser, boolean expired,
                  Instant acceptedAt, Instant revokedAt) {
    }

    /** Expiry counts from the database's clock, the one {@link #accept} compares it with. */
    Invite insert(UUID workspaceId, UUID id, String email, Role role, String token, UUID invitedBy, Duration lifetime) {
        return jdbc.sql("""
                        insert into invites (id, workspace_id, email, role, token, invited_by, expires_at)
                        values (:id, :ws, :email, :role, :token, :by, now() + make_interval(secs => :seconds))
                        returning""" + " " + COLUMNS)
                .param("id", id).param("ws", workspaceId).param("email", email).param("role", role.name())
                .param("token", token).param("by", invitedBy).param("seconds", (double) lifetime.toSeconds())
                .query(RecordMapper.of(Invite.class)).single();
    }

    /** Invites not used nor withdrawn, newest first; expired ones too, so that admins see them run out. */
    List<Invite> pending(UUID workspaceId) {
        return jdbc.sql("select " + COLUMNS + " from invites where workspace_id = :ws and accepted_at is null "
                        + "and revoked_at is null order by created_at desc, id limit 500")
                .param("ws", workspaceId).query(RecordMapper.of(Invite.class)).list();
    }

    /** Withdraws an invite not used yet; returns its email, or empty when there was none to withdraw. */
    Optional<String> revoke(UUID workspaceId, UUID id) {
        return jdbc.sql("""
                        update invites set revoked_at = now()
                        where workspace_id = :ws and id = :id and accepted_at is null and revoked_at is null
                        returning email""")
                .param("ws", workspaceId).param("id", id).query(String.class).optional();
    }

    Optional<Opened> open(String token, UUID userId) {
        return jdbc.sql("""
                        select i.workspace_id, w.name as workspace_name, i.role, i.expires_at <= now() as expired, i.accepted_at, i.revoked_at,
                               exists (select 1 from users u where u.id = :user and lower(u.email) = lower(i.email)) as for_this_user
                        from invites i join workspaces w on w.id = i.workspace_id where i.token = :token""")
                .param("token", token).param("user", userId).query(RecordMapper.of(Opened.class)).optional();
    }

    /** Uses the invite up, once: only a live invite for this user's email matches, so two tabs cannot both use it. */
    Optional<Role> accept(String token, UUID userId) {
        return jdbc.sql("""
                        update invites i set accepted_at = now(), accepted_by = :user
                        from users u
                        where i.token = :token and u.id = :user and lower(u.email) = lower(i.email)
                          and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
                        returning i.role""")
                .param("token", token).param("user", userId).query(Role.class).optional();
    }
}
