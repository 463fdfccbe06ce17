package dev.pms.project;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ProjectRepository {
    private static final String COLUMNS = "id, name, description, archived, created_at, updated_at";
    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Project insert(UUID workspaceId, UUID id, String name, String description) {
        return jdbc.sql("insert into projects (id, workspace_id, name, description) values (:id, :ws, :name, :description) "
                        + "returning " + COLUMNS)
                .param("id", id).param("ws", workspaceId).param("name", name).param("description", description)
                .query(RecordMapper.of(Project.class)).single();
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
