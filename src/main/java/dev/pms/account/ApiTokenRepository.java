package dev.pms.account;

import dev.pms.platform.jdbc.RecordMapper;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.security.TokenAuthenticator.TokenHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ApiTokenRepository {
    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(UUID id, UUID userId, String name, byte[] hash, Instant expiresAt) {
        return jdbc.sql("""
                        insert into api_tokens (id, user_id, name, token_hash, expires_at) values (:id, :user, :name, :hash, :expires)
                        returning id, name, created_at, expires_at, last_used_at, revoked_at""")
                .param("id", id).param("user", userId).param("name", name).param("hash", hash).param("expires", at(expiresAt))
                .query(RecordMapper.of(ApiToken.class)).single();
    }

    List<ApiToken> list(UUID userId) {
        return jdbc.sql("""
                        select id, name, created_at, expires_at, last_used_at, revoked_at from api_tokens
                        where user_id = :user order by created_at desc""")
                .param("user", userId).query(RecordMapper.of(ApiToken.class)).list();
    }

    boolean revoke(UUID userId, UUID id) {
        return jdbc.sql("update api_tokens set revoked_at = now() where id = :id and user_id = :user and revoked_at is null")
                .param("id", id).param("user", userId).update() == 1;
    }

    /**
     * Finds the live (unrevoked, unexpired) token's owner and, when {@code workspaceId} is given, their role there (the
     * workspace module's members table, read here so that a token request costs one round trip); stamps last use at
     * most once a minute so reads stay cheap. Only one request stamps: the others skip the row while it is locked
     * instead of queueing behind its commit (each of them then stamped again and waited for its own commit's flush, a
     * stall of up to a second for every request with the token, once a minute, while holding pooled connections).
     */
    Optional<TokenHolder> use(byte[] hash, Instant now, UUID workspaceId) {
        return jdbc.sql("""
                        with token as (
                            select id, user_id, last_used_at from api_tokens
                            where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
                        ), due as (
                            select s.id from api_tokens s join token on s.id = token.id
                            where s.last_used_at is null or s.last_used_at < now() - interval '1 minute'
                            for update of s skip locked
                        ), stamp as (
                            update api_tokens t set last_used_at = now() from due where t.id = due.id
                        )
                        select u.id, u.email, u.name, u.instance_admin, m.role
                        from token join users u on u.id = token.user_id
                        left join members m on m.workspace_id = cast(:ws as uuid) and m.user_id = token.user_id""")
                .param("hash", hash).param("now", at(now)).param("ws", workspaceId)
                .query((rs, n) -> new TokenHolder(new AuthenticatedUser(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("name"), rs.getBoolean("instance_admin"), null), rs.getString("role")))
                .optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
