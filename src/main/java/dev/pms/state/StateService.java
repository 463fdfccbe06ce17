package dev.pms.state;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import dev.pms.project.ProjectCreated;
import dev.pms.task.TaskMoves;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A project's states: listed by anyone who reads the workspace; added, renamed, reordered and removed by managers and
 * up (PROJECT_WRITE). Each change locks the project's states first, so that two changes cannot both remove the last
 * state but one of a category.
 */
@Service
public class StateService {
    private final StateRepository states;
    private final TaskMoves tasks;
    private final ApplicationEventPublisher events;

    StateService(StateRepository states, TaskMoves tasks, ApplicationEventPublisher events) {
        this.states = states;
        this.tasks = tasks;
        this.events = events;
    }

    /** A new project starts with one state per category, in its creating transaction. */
    @EventListener
    public void projectCreated(ProjectCreated event) {
        states.insertDefaults(event.workspaceId(), event.projectId());
    }

    /** The project's states in board order; a project without any (inserted by SQL) gets the default ones first. */
    @Transactional
    public List<ProjectState> list(WorkspaceAccess access, UUID projectId) {
        access.require(Permission.READ);
        List<ProjectState> found = states.list(access.workspaceId(), projectId);
        if (!found.isEmpty()) {
            return found;
        }
        states.insertDefaults(access.workspaceId(), projectId);
        found = states.list(access.workspaceId(), projectId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("project");
        }
        return found;
    }

    /** Adds a state after the last one of its category. */
    @Transactional
    public ProjectState add(WorkspaceAccess access, UUID projectId, String name, TaskStatus category) {
        access.require(Permission.PROJECT_WRITE);
        List<ProjectState> all = locked(access, projectId);
        String trimmed = freeName(all, name, null);
        int after = all.stream().filter(s -> s.category() == category).mapToInt(ProjectState::position).max().orElseThrow();
        try {
            return states.insertAfter(access.workspaceId(), projectId, Ids.next(), trimmed, category, after);
        } catch (DuplicateKeyException raced) {
            throw nameTaken(trimmed);
        }
    }

    @Transactional
    public ProjectState rename(WorkspaceAccess access, UUID projectId, UUID stateId, String name) {
        access.require(Permission.PROJECT_WRITE);
        List<ProjectState> all = locked(access, projectId);
        find(all, stateId);
        return states.rename(access.workspaceId(), projectId, stateId, freeName(all, name, stateId));
    }

    /** Puts the project's states in the order of {@code stateIds}, which names each of them once. */
    @Transactional
    public List<ProjectState> reorder(WorkspaceAccess access, UUID projectId, List<UUID> stateIds) {
        access.require(Permission.PROJECT_WRITE);
        List<ProjectState> all = locked(access, projectId);
        if (stateIds.size() != all.size() || !new HashSet<>(stateIds).equals(new HashSet<>(all.stream().map(ProjectState::id).toList()))) {
            throw ProblemException.invalid("stateIds", "must name each state of the project once");
        }
        states.reorder(access.workspaceId(), projectId, stateIds);
        return states.list(access.workspaceId(), projectId);
    }

    /**
     * Removes a state and moves its tasks to {@code moveTo} (null: the first other state of its category), all in this
     * transaction; returns how many tasks moved. The last state of a category stays.
     */
    @Transactional
    public int remove(WorkspaceAccess access, UUID projectId, UUID stateId, UUID moveTo) {
        access.require(Permission.PROJECT_WRITE);
        List<ProjectState> all = locked(access, projectId);
        ProjectState removed = find(all, stateId);
        List<ProjectState> siblings = all.stream().filter(s -> s.category() == removed.category()).toList();
        if (siblings.size() == 1) {
            throw ProblemException.conflict("last-state-of-category", "'" + removed.name() + "' is the last state of its category "
                    + removed.category().label() + "; a project keeps one state per category at least.");
        }
        ProjectState target = moveTo == null ? siblings.stream().filter(s -> !s.id().equals(stateId)).findFirst().orElseThrow()
                : siblings.stream().filter(s -> s.id().equals(moveTo) && !s.id().equals(stateId)).findFirst().orElseThrow(
                        () -> ProblemException.invalid("moveTo", "names no other state of this project in the category "
                                + removed.category().label()));
        int moved = tasks.moveOutOfState(access, projectId, removed.category(), stateId, target.id(), siblings.getFirst().id().equals(stateId));
        states.delete(access.workspaceId(), projectId, stateId);
        events.publishEvent(new StateRemoved(access.workspaceId(), access.userId(), projectId, stateId, target.id(), moved));
        return moved;
    }

    private List<ProjectState> locked(WorkspaceAccess access, UUID projectId) {
        list(access, projectId);
        return states.listLocked(access.workspaceId(), projectId);
    }

    private static ProjectState find(List<ProjectState> all, UUID stateId) {
        return all.stream().filter(s -> s.id().equals(stateId)).findFirst().orElseThrow(() -> ProblemException.notFound("state"));
    }

    /** The name trimmed, when no other state of the project has it whatever its case. */
    private static String freeName(List<ProjectState> all, String name, UUID exceptId) {
        String trimmed = name.strip();
        if (all.stream().anyMatch(s -> !s.id().equals(exceptId) && s.name().equalsIgnoreCase(trimmed))) {
            throw nameTaken(trimmed);
        }
        return trimmed;
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("state-name-taken", "A state named \"" + name + "\" already exists in this project.");
    }
}
