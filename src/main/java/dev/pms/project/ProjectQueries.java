package dev.pms.project;

import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Single statements each: no transaction of their own (it would add a round trip); inside a caller's they join it. */
@Service
public class ProjectQueries {
    private final ProjectRepository projects;

    ProjectQueries(ProjectRepository projects) {
        this.projects = projects;
    }

    /** A workspace has tens of projects, not thousands: one list, archived last. */
    public List<Project> list(WorkspaceAccess access, boolean includeArchived) {
        return projects.list(access.workspaceId(), includeArchived);
    }

    public Project get(WorkspaceAccess access, UUID projectId) {
        return projects.find(access.workspaceId(), projectId).orElseThrow(() -> ProblemException.notFound("project"));
    }

    /** A project that new tasks may go to: archived projects take none until they are restored. */
    public Project requireOpen(WorkspaceAccess access, UUID projectId) {
        Project project = get(access, projectId);
        if (project.archived()) {
            throw ProblemException.conflict("project-archived", "Project '" + project.name() + "' is archived; restore it first.");
        }
        return project;
    }

    /** The project that has {@code key} (in capitals) or had it before a rename. */
    public Optional<Project> findByKey(WorkspaceAccess access, String key) {
        return projects.findByKey(access.workspaceId(), key);
    }

    public Optional<Project> findByName(WorkspaceAccess access, String name) {
        return projects.findByName(access.workspaceId(), name);
    }
}
