package dev.pms.workspace;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class MemberRepository {
    private static final String SELECT = """
            select m.user_id, u.email, u.name, m.role, m.joined_at
            from members m join users u on u.id = m.user_id
            """;
    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Role> role(UUID workspaceId, UUID userId) {
        return jdbc.sql("select role from members where workspace_id = :ws and user_id = :user")
                .param("ws", workspaceId).param("user", userId).query(Role.class).optional();
    }

    /** Locks the membership row, so that two concurrent changes cannot both remove the last owner. */
    Optional<Role> roleForUpdate(UUID workspaceId, UUID userId) {
        return jdbc.sql("select role from members where workspace_id = :ws and user_id = :user for update")
                .param("ws", workspaceId).param("user", userId).query(Role.class).optional();
    }

    /** Counts owners while locking their rows: the last-owner rule holds under concurrency. */
    int lockOwners(UUID workspaceId) {
        return jdbc.sql("select user_id from members where workspace_id = :ws and role = 'OWNER' for update")
                .param("ws", workspaceId).query(UUID.class).list().size();
    }

    /** Adds the member; returns false when they already were one (joining twice changes nothing). */
    boolean insert(UUID workspaceId, UUID userId, Role role) {
        return jdbc.sql("insert into members (workspace_id, user_id, role) values (:ws, :user, :role) on conflict do nothing")
                .param("ws", workspaceId).param("user", userId).param("role", role.name()).update() == 1;
    }

    void setRole(UUID workspaceId, UUID userId, Role role) {
        jdbc.sql("update members set role = :role where workspace_id = :ws and user_id = :user")
                .param("ws", workspaceId).param("user", userId).param("role", role.name()).update();
    }

    void delete(UUID workspaceId, UUID userId) {
        jdbc.sql("delete from members where workspace_id = :ws and user_id = :user")
                .param("ws", workspaceId).param("user", userId).update();
    }

    /** Remembers a removal: the shared invite link no longer lets this person back in. */
    void rememberRemoval(UUID workspaceId, UUID userId) {
        jdbc.sql("insert into removed_members (workspace_id, user_id) values (:ws, :user) on conflict do nothing")
                .param("ws", workspaceId).param("user", userId).update();
    }

    boolean wasRemoved(UUID workspaceId, UUID userId) {
        return jdbc.sql("select exists (select 1 from removed_members where workspace_id = :ws and user_id = :user)")
                .param("ws", workspaceId).param("user", userId).query(Boolean.class).single();
    }

    /** A new invite by email brings a removed person back: their removal is forgotten. */
    void forgetRemoval(UUID workspaceId, UUID userId) {
        jdbc.sql("delete from removed_members where workspace_id = :ws and user_id = :user")
                .param("ws", workspaceId).param("user", userId).update();
    }

    /** The names of those of {@code userIds} who are members. */
    Map<UUID, String> names(UUID workspaceId, Collection<UUID> userIds) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("""
                        select u.id, u.name from members m join users u on u.id = m.user_id
                        where m.workspace_id = :ws and m.user_id = any(cast(:users as uuid[]))""")
                .param("ws", workspaceId).param("users", userIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    Optional<Member> find(UUID workspaceId, UUID userId) {
        return jdbc.sql(SELECT + "where m.workspace_id = :ws and m.user_id = :user")
                .param("ws", workspaceId).param("user", userId).query(RecordMapper.of(Member.class)).optional();
    }

    /** A keyset page of members by name, then user id. */
    List<Member> page(UUID workspaceId, String afterName, UUID afterUser, int limit) {
        return jdbc.sql(SELECT + """
                        where m.workspace_id = :ws
                          and (cast(:afterName as text) is null or (lower(u.name), m.user_id) > (lower(:afterName), cast(:afterUser as uuid)))
                        order by lower(u.name), m.user_id
                        limit :limit""")
                .param("ws", workspaceId).param("afterName", afterName).param("afterUser", afterUser)
                .param("limit", limit).query(RecordMapper.of(Member.class)).list();
    }

    /** Members whose email is one of {@code emails} (compared case-insensitively): the @mentions of a comment. */
    List<Member> byEmails(UUID workspaceId, Collection<String> emails) {
        return jdbc.sql(SELECT + "where m.workspace_id = :ws and lower(u.email) = any(cast(:emails as text[]))")
                .param("ws", workspaceId).param("emails", emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query(RecordMapper.of(Member.class)).list();
    }

    /** Up to {@code limit} members whose name or email starts with {@code prefix}, by name: the mention picker. */
    List<Member> byPrefix(UUID workspaceId, String prefix, int limit) {
        String like = prefix.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + """
                        where m.workspace_id = :ws and (lower(u.name) like :like or lower(u.email) like :like
                              or lower(u.name) like '% ' || :like)
                        order by lower(u.name), m.user_id limit :limit""")
                .param("ws", workspaceId).param("like", like).param("limit", limit)
                .query(RecordMapper.of(Member.class)).list();
    }
}
