package dev.pms.view;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ViewRepository {
    private static final String COLUMNS = "id, name, query, shared, owner_id, created_at, updated_at";
    private final JdbcClient jdbc;

    ViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The views {@code userId} may see: their own and the shared ones, by name. */
    List<SavedView> visible(UUID ws, UUID userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from views where workspace_id = :ws and (owner_id = :user or shared)"
                        + " order by lower(name), id limit :limit")
                .param("ws", ws).param("user", userId).param("limit", limit).query(RecordMapper.of(SavedView.class)).list();
    }

    /** The view if {@code userId} may see it; a personal view of someone else is as absent as a missing one. */
    Optional<SavedView> findVisible(UUID ws, UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from views where workspace_id = :ws and id = :id and (owner_id = :user or shared)")
                .param("ws", ws).param("user", userId).param("id", id).query(RecordMapper.of(SavedView.class)).optional();
    }

    SavedView insert(UUID ws, UUID id, UUID owner, String name, String query, boolean shared) {
        return jdbc.sql("insert into views (id, workspace_id, owner_id, name, query, shared) values (:id, :ws, :owner, :name, :query, :shared)"
                        + " returning " + COLUMNS)
                .param("id", id).param("ws", ws).param("owner", owner).param("name", name).param("query", query).param("shared", shared)
                .query(RecordMapper.of(SavedView.class)).single();
    }

    SavedView update(UUID ws, UUID id, String name, String query, boolean shared) {
        return jdbc.sql("update views set name = :name, query = :query, shared = :shared, updated_at = now()"
                        + " where workspace_id = :ws and id = :id returning " + COLUMNS)
                .param("ws", ws).param("id", id).param("name", name).param("query", query).param("shared", shared)
                .query(RecordMapper.of(SavedView.class)).single();
    }

    void delete(UUID ws, UUID id) {
        jdbc.sql("delete from views where workspace_id = :ws and id = :id").param("ws", ws).param("id", id).update();
    }
}
