package dev.pms.project;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
class ProjectRepository {
    private static final String COLUMNS = "id, name, key, description, archived, created_at, updated_at";
    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Project insert(UUID workspaceId, UUID id, String name, String key, String description) {
        return jdbc.sql("insert into projects (id, workspace_id, name, key, description) values (:id, :ws, :name, :key, :description) "
                        + "returning " + COLUMNS)
                .param("id", id).param("ws", workspaceId).param("name", name).param("key", key)
                .param("description", description).query(RecordMapper.of(Project.class)).single();
    }

    /** The keys of the workspace's projects, now and before, that start with {@code prefix}. */
    Set<String> keysStartingWith(UUID workspaceId, String prefix) {
        return Set.copyOf(jdbc.sql("""
                        select key from projects where workspace_id = :ws and starts_with(key, :prefix)
                        union select key from project_key_history where workspace_id = :ws and starts_with(key, :prefix)""")
                .param("ws", workspaceId).param("prefix", prefix).query(String.class).list());
    }

    /** Whether another project has {@code key} now, or had it and still answers to it. */
    boolean keyTaken(UUID workspaceId, String key, UUID exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from projects
                                       where workspace_id = :ws and key = :key and id is distinct from cast(:except as uuid))
                            or exists (select 1 from project_key_history
                                       where workspace_id = :ws and key = :key and project_id is distinct from cast(:except as uuid))""")
                .param("ws", workspaceId).param("key", key).param("except", exceptId).query(Boolean.class).single();
    }

    /** Gives the project a new key; its old one keeps leading to it (and may be taken back by it later). */
    void changeKey(UUID workspaceId, UUID id, String key) {
        jdbc.sql("""
                        insert into project_key_history (workspace_id, key, project_id)
                        select workspace_id, key, id from projects where workspace_id = :ws and id = :id and key <> :key
                        on conflict (workspace_id, key) do update set project_id = excluded.project_id""")
                .param("ws", workspaceId).param("id", id).param("key", key).update();
        jdbc.sql("delete from project_key_history where workspace_id = :ws and key = :key")
                .param("ws", workspaceId).param("key", key).update();
        jdbc.sql("update projects set key = :key, updated_at = now() where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("key", key).update();
    }

    /** The project that answers to {@code key}: the one that has it, else the one that had it. */
    Optional<Project> findByKey(UUID workspaceId, String key) {
        return jdbc.sql("""
                        select %s from projects p
                        where p.workspace_id = :ws and p.id = coalesce(
                            (select id from projects where workspace_id = :ws and key = :key),
                            (select project_id from project_key_history where workspace_id = :ws and key = :key))"""
                        .formatted(COLUMNS))
                .param("ws", workspaceId).param("key", key).query(RecordMapper.of(Project.class)).optional();
    }

    Optional<Project> find(UUID workspaceId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from projects where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).query(RecordMapper.of(Project.class)).optional();
    }

    Optional<Project> findByName(UUID workspaceId, String name) {
        return jdbc.sql("select " + COLUMNS + " from projects where workspace_id = :ws and lower(name) = lower(:name)")
                .param("ws", workspaceId).param("name", name).query(RecordMapper.of(Project.class)).optional();
    }

    boolean nameTaken(UUID workspaceId, String name, UUID exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from projects
                                       where workspace_id = :ws and lower(name) = lower(:name) and id <> cast(:except as uuid))""")
                .param("ws", workspaceId).param("name", name).param("except", exceptId).query(Boolean.class).single();
    }

    List<Project> list(UUID workspaceId, boolean includeArchived) {
        return jdbc.sql("select " + COLUMNS + " from projects where workspace_id = :ws and (:all or not archived) "
                        + "order by archived, lower(name), id")
                .param("ws", workspaceId).param("all", includeArchived).query(RecordMapper.of(Project.class)).list();
    }

    Optional<Project> update(UUID workspaceId, UUID id, String name, String description, Boolean archived) {
        return jdbc.sql("""
                        update projects set name = coalesce(:name, name), description = coalesce(:description, description),
                               archived = coalesce(:archived, archived), updated_at = now()
                        where workspace_id = :ws and id = :id
                        returning\s""" + COLUMNS)
                .param("ws", workspaceId).param("id", id).param("name", name).param("description", description)
                .param("archived", archived).query(RecordMapper.of(Project.class)).optional();
    }

    /** Deletes the project; its name, or empty when there was none. */
    Optional<String> delete(UUID workspaceId, UUID id) {
        return jdbc.sql("delete from projects where workspace_id = :ws and id = :id returning name")
                .param("ws", workspaceId).param("id", id).query(String.class).optional();
    }
}
