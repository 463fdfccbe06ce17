package dev.pms.project;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Creates, changes and deletes projects; deleting one deletes its tasks (the foreign key cascades). */
@Service
public class ProjectService {
    private final ProjectRepository projects;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, ApplicationEventPublisher events) {
        this.projects = projects;
        this.events = events;
    }

    /** A change to a project; null fields stay as they are. */
    public record UpdateProjectCommand(String name, String description, Boolean archived) {
    }

    @Transactional
    public Project create(WorkspaceAccess access, String name, String description) {
        access.require(Permission.PROJECT_WRITE);
        String trimmed = name.trim();
        requireFreeName(access, trimmed, null);
        try {
            return projects.insert(access.workspaceId(), Ids.next(), trimmed, description == null ? "" : description);
        } catch (DuplicateKeyException raced) {
            throw nameTaken(trimmed);
        }
    }

    @Transactional
    public Project update(WorkspaceAccess access, UUID projectId, UpdateProjectCommand command) {
        access.require(Permission.PROJECT_WRITE);
        String name = command.name() == null ? null : command.name().trim();
        if (name != null) {
            requireFreeName(access, name, projectId);
        }
        return projects.update(access.workspaceId(), projectId, name, command.description(), command.archived())
                .orElseThrow(() -> ProblemException.notFound("project"));
    }

    @Transactional
    public void delete(WorkspaceAccess access, UUID projectId) {
        access.require(Permission.PROJECT_DELETE);
        String name = projects.delete(access.workspaceId(), projectId)
                .orElseThrow(() -> ProblemException.notFound("project"));
        events.publishEvent(new ProjectDeleted(access.workspaceId(), access.userId(), projectId, name));
    }

    private void requireFreeName(WorkspaceAccess access, String name, UUID exceptId) {
        if (projects.nameTaken(access.workspaceId(), name, exceptId)) {
            throw nameTaken(name);
        }
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("project-name-taken", "A project named '" + name + "' already exists in this workspace.");
    }
}
