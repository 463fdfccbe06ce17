package dev.pms.workspace;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class WorkspaceRepository {
    private static final String COLUMNS = "w.id, w.name, w.created_at, m.role";
    private final JdbcClient jdbc;

    WorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, String inviteCode) {
        jdbc.sql("insert into workspaces (id, name, invite_code) values (:id, :name, :code)")
                .param("id", id).param("name", name).param("code", inviteCode).update();
    }

    Optional<Workspace> find(UUID workspaceId, UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from workspaces w join members m on m.workspace_id = w.id "
                        + "where w.id = :ws and m.user_id = :user")
                .param("ws", workspaceId).param("user", userId).query(RecordMapper.of(Workspace.class)).optional();
    }

    List<Workspace> listFor(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from workspaces w join members m on m.workspace_id = w.id "
                        + "where m.user_id = :user order by lower(w.name), w.id")
                .param("user", userId).query(RecordMapper.of(Workspace.class)).list();
    }

    void rename(UUID workspaceId, String name) {
        jdbc.sql("update workspaces set name = :name where id = :ws").param("ws", workspaceId).param("name", name).update();
    }

    void delete(UUID workspaceId) {
        jdbc.sql("delete from workspaces where id = :ws").param("ws", workspaceId).update();
    }

    /** The shared link's code; empty when the link is turned off. */
    Optional<String> inviteCode(UUID workspaceId) {
        return jdbc.sql("select invite_code from workspaces where id = :ws").param("ws", workspaceId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    void setInviteCode(UUID workspaceId, String code) {
        jdbc.sql("update workspaces set invite_code = cast(:code as text) where id = :ws").param("ws", workspaceId).param("code", code).update();
    }

    Optional<String> nameByInviteCode(String code) {
        return jdbc.sql("select name from workspaces where invite_code = :code").param("code", code).query(String.class).optional();
    }

    Optional<UUID> findByInviteCode(String code) {
        return jdbc.sql("select id from workspaces where invite_code = :code").param("code", code).query(UUID.class).optional();
    }
}
