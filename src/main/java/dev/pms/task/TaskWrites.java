package dev.pms.task;

import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What every change to a task shares, whichever service makes it: finding the task in the caller's workspace, saving
 * it at the version it was read at, publishing {@link TaskChanged}, and the refusals these say in words.
 */
@Component
class TaskWrites {
    private final TaskRepository tasks;
    private final ApplicationEventPublisher events;
    private final WorkspaceQueries workspaces;

    TaskWrites(TaskRepository tasks, ApplicationEventPublisher events, WorkspaceQueries workspaces) {
        this.tasks = tasks;
        this.events = events;
        this.workspaces = workspaces;
    }

    Task find(WorkspaceAccess access, UUID taskId) {
        return tasks.find(access.workspaceId(), taskId).orElseThrow(() -> ProblemException.notFound("task"));
    }

    /** The task, its row locked until the transaction ends. */
    Task findLocked(WorkspaceAccess access, UUID taskId) {
        return tasks.findLocked(access.workspaceId(), taskId).orElseThrow(() -> ProblemException.notFound("task"));
    }

    Task findAtVersion(WorkspaceAccess access, UUID taskId, int version) {
        Task task = find(access, taskId);
        if (task.version() != version) {
            throw staleVersion(task);
        }
        return task;
    }

    Task save(WorkspaceAccess access, Task current, Task changed, int version) {
        Task saved = tasks.update(access.workspaceId(), access.userId(), changed, version)
                .orElseThrow(() -> staleVersion(changed));
        published(access, current, saved);
        return saved;
    }

    /** Deletes one task, under the role's rule for deleting: members delete only the tasks they created. */
    void deleteOne(WorkspaceAccess access, Task task) {
        if (!access.mayDeleteTask(task.createdBy())) {
            throw ProblemException.forbidden("Your role may delete only the tasks you created"
                    + (task.parentId() == null ? "." : ", and '" + task.title() + "' was created by someone else."));
        }
        tasks.delete(access.workspaceId(), task.id());
        published(access, task, null);
    }

    void published(WorkspaceAccess access, Task before, Task after) {
        publish(new TaskChanged(access.workspaceId(), access.userId(), before, after, TaskChanged.Via.current()));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }

    /** The category of a state of the project, which becomes the task's status; any other state is refused in words. */
    TaskStatus categoryOf(WorkspaceAccess access, UUID projectId, UUID stateId) {
        return tasks.stateCategory(access.workspaceId(), projectId, stateId).orElseThrow(
                () -> ProblemException.invalid("stateId", "names a state that does not exist in the task's project"));
    }

    /**
     * The state a change leaves the task in: the one it names; else, while project and status stay, the one it had;
     * else none, which is the first state of the new status (docs/adr/0010).
     */
    static UUID stateAfter(Task current, UUID stateId, UUID projectId, TaskStatus status) {
        if (stateId != null) {
            return stateId;
        }
        return projectId.equals(current.projectId()) && status == current.status() ? current.stateId() : null;
    }

    String nameOf(WorkspaceAccess access, UUID userId) {
        return userId == null ? "someone" : workspaces.memberNames(access, List.of(userId)).getOrDefault(userId, "someone");
    }

    void requireMember(WorkspaceAccess access, UUID userId) {
        if (userId != null && !workspaces.isMember(access, userId)) {
            throw ProblemException.notFoundSaying("This person is not a member of the workspace.");
        }
    }

    static ProblemException numbersBusy() {
        return ProblemException.busy("task-numbers-busy",
                "An import is adding tasks to this project just now; try again in a minute.", Duration.ofSeconds(30));
    }

    static ProblemException staleVersion(Task task) {
        return ProblemException.conflict("stale-version",
                "Task '" + task.title() + "' was changed by someone else meanwhile; reload it and try again.");
    }
}
