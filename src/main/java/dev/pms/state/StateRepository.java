package dev.pms.state;

import dev.pms.platform.jdbc.RecordMapper;
import dev.pms.task.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Repository
class StateRepository {
    private static final String COLUMNS = "id, name, category, position";
    private final JdbcClient jdbc;

    StateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's states in board order. */
    List<ProjectState> list(UUID workspaceId, UUID projectId) {
        return jdbc.sql("select " + COLUMNS + " from project_states where workspace_id = :ws and project_id = :project order by position, id")
                .param("ws", workspaceId).param("project", projectId).query(RecordMapper.of(ProjectState.class)).list();
    }

    /** {@link #list}, locked until the transaction ends: changes to one project's states take turns. */
    List<ProjectState> listLocked(UUID workspaceId, UUID projectId) {
        return jdbc.sql("select " + COLUMNS + " from project_states where workspace_id = :ws and project_id = :project order by position, id for update")
                .param("ws", workspaceId).param("project", projectId).query(RecordMapper.of(ProjectState.class)).list();
    }

    /**
     * Gives a project of the workspace one state per category, named as the categories are, unless it has states
     * already (a project inserted by SQL, as benchmarks do, gets them when first shown).
     */
    void insertDefaults(UUID workspaceId, UUID projectId) {
        TaskStatus[] categories = TaskStatus.values();
        jdbc.sql("""
                        insert into project_states (workspace_id, project_id, id, name, category, position)
                        select p.workspace_id, p.id, gen_random_uuid(), c.name, c.category, c.position
                        from projects p cross join unnest(cast(:names as text[]), cast(:categories as text[]))
                                                   with ordinality as c (name, category, position)
                        where p.workspace_id = :ws and p.id = :project
                          and not exists (select 1 from project_states s where s.workspace_id = :ws and s.project_id = :project)
                        on conflict do nothing""")
                .param("ws", workspaceId).param("project", projectId)
                .param("names", Arrays.stream(categories).map(TaskStatus::label).toArray(String[]::new))
                .param("categories", Arrays.stream(categories).map(Enum::name).toArray(String[]::new))
                .update();
    }

    /** Inserts a state right after the last one of its category, moving the states after it one place on. */
    ProjectState insertAfter(UUID workspaceId, UUID projectId, UUID id, String name, TaskStatus category, int after) {
        jdbc.sql("update project_states set position = position + 1 where workspace_id = :ws and project_id = :project and position > :after")
                .param("ws", workspaceId).param("project", projectId).param("after", after).update();
        return jdbc.sql("""
                        insert into project_states (workspace_id, project_id, id, name, category, position)
                        values (:ws, :project, :id, :name, :category, :position) returning\s""" + COLUMNS)
                .param("ws", workspaceId).param("project", projectId).param("id", id).param("name", name)
                .param("category", category.name()).param("position", after + 1)
                .query(RecordMapper.of(ProjectState.class)).single();
    }

    ProjectState rename(UUID workspaceId, UUID projectId, UUID id, String name) {
        return jdbc.sql("update project_states set name = :name where workspace_id = :ws and project_id = :project and id = :id returning " + COLUMNS)
                .param("ws", workspaceId).param("project", projectId).param("id", id).param("name", name)
                .query(RecordMapper.of(ProjectState.class)).single();
    }

    /** Numbers the project's states 1, 2, 3... in the order of {@code ids}, in one statement. */
    void reorder(UUID workspaceId, UUID projectId, List<UUID> ids) {
        jdbc.sql("""
                        update project_states s set position = o.n
                        from unnest(cast(:ids as uuid[])) with ordinality as o (id, n)
                        where s.workspace_id = :ws and s.project_id = :project and s.id = o.id""")
                .param("ws", workspaceId).param("project", projectId)
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).update();
    }

    void delete(UUID workspaceId, UUID projectId, UUID id) {
        jdbc.sql("delete from project_states where workspace_id = :ws and project_id = :project and id = :id")
                .param("ws", workspaceId).param("project", projectId).param("id", id).update();
    }
}
