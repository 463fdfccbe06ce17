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
    public record UpdateProjectCommand(String name, String key, String description, Boolean archived) {
        public UpdateProjectCommand(String name, String description, Boolean archived) {
            this(name, null, description, archived);
        }
    }

    @Transactional
    public Project create(WorkspaceAccess access, String name, String description) {
        return create(access, name, null, description);
    }

    /** A new project; without a {@code key} it gets one derived from its name (see {@link ProjectKeys}). */
    @Transactional
    public Project create(WorkspaceAccess access, String name, String key, String description) {
        access.require(Permission.PROJECT_WRITE);
        String trimmed = name.trim();
        requireFreeName(access, trimmed, null);
        String chosen = key == null || key.isBlank() ? derivedKey(access, trimmed) : freeKey(access, ProjectKeys.typed(key), null);
        try {
            Project created = projects.insert(access.workspaceId(), Ids.next(), trimmed, chosen, description == null ? "" : description);
            events.publishEvent(new ProjectCreated(access.workspaceId(), access.userId(), created.id()));
            return created;
        } catch (DuplicateKeyException raced) {
            // the transaction is aborted now: the violated index says which rule another request beat us to
            throw String.valueOf(raced.getMessage()).contains("projects_key") ? keyTaken(chosen) : nameTaken(trimmed);
        }
    }

    @Transactional
    public Project update(WorkspaceAccess access, UUID projectId, UpdateProjectCommand command) {
        access.require(Permission.PROJECT_WRITE);
        String name = command.name() == null ? null : command.name().trim();
        if (name != null) {
            requireFreeName(access, name, projectId);
        }
        Project updated = projects.update(access.workspaceId(), projectId, name, command.description(), command.archived())
                .orElseThrow(() -> ProblemException.notFound("project"));
        if (command.key() == null || command.key().isBlank() || ProjectKeys.typed(command.key()).equals(updated.key())) {
            return updated;
        }
        try {
            projects.changeKey(access.workspaceId(), projectId, freeKey(access, ProjectKeys.typed(command.key()), projectId));
        } catch (DuplicateKeyException raced) {
            throw keyTaken(ProjectKeys.typed(command.key()));
        }
        return projects.find(access.workspaceId(), projectId).orElseThrow(() -> ProblemException.notFound("project"));
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

    private String derivedKey(WorkspaceAccess access, String name) {
        String base = ProjectKeys.base(name);
        return ProjectKeys.free(base, projects.keysStartingWith(access.workspaceId(), base));
    }

    private String freeKey(WorkspaceAccess access, String key, UUID exceptId) {
        if (projects.keyTaken(access.workspaceId(), key, exceptId)) {
            throw keyTaken(key);
        }
        return key;
    }

    private static ProblemException keyTaken(String key) {
        return ProblemException.conflict("project-key-taken",
                "The key " + key + " belongs to another project of this workspace, now or before; choose another.");
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("project-name-taken", "A project named '" + name + "' already exists in this workspace.");
    }
}
