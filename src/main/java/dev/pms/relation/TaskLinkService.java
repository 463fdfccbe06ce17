package dev.pms.relation;

import dev.pms.platform.web.ProblemException;
import dev.pms.task.ImportedTasksDeleted;
import dev.pms.task.Task;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Adds and removes links between two tasks of one workspace; each change is a {@link TaskLinkChanged}. */
@Service
public class TaskLinkService {
    private final TaskLinkRepository links;
    private final TaskQueries tasks;
    private final ApplicationEventPublisher events;

    TaskLinkService(TaskLinkRepository links, TaskQueries tasks, ApplicationEventPublisher events) {
        this.links = links;
        this.tasks = tasks;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<TaskLink> links(WorkspaceAccess access, UUID taskId) {
        tasks.get(access, taskId);
        return links.links(access.workspaceId(), taskId);
    }

    /** Links {@code taskId} to {@code otherId}: "task blocks other", "task is blocked by other", "task relates to other". */
    @Transactional
    public List<TaskLink> add(WorkspaceAccess access, UUID taskId, LinkKind kind, UUID otherId) {
        access.require(Permission.TASK_WRITE);
        Task task = tasks.get(access, taskId);
        Task other = other(access, taskId, otherId);
        try {
            links.insert(access.workspaceId(), kind == LinkKind.BLOCKED_BY ? otherId : taskId,
                    kind == LinkKind.BLOCKED_BY ? taskId : otherId, kind.stored(), access.userId());
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("duplicate-link", task.key() + " already " + kind.words() + " " + other.key() + ".");
        }
        published(access, task, kind, other, true);
        return links.links(access.workspaceId(), taskId);
    }

    @Transactional
    public List<TaskLink> remove(WorkspaceAccess access, UUID taskId, LinkKind kind, UUID otherId) {
        access.require(Permission.TASK_WRITE);
        Task task = tasks.get(access, taskId);
        Task other = other(access, taskId, otherId);
        boolean removed = links.delete(access.workspaceId(), kind == LinkKind.BLOCKED_BY ? otherId : taskId,
                kind == LinkKind.BLOCKED_BY ? taskId : otherId, kind.stored());
        if (!removed) {
            throw ProblemException.notFoundSaying(task.key() + " has no link \"" + kind.words() + " " + other.key() + "\".");
        }
        published(access, task, kind, other, false);
        return links.links(access.workspaceId(), taskId);
    }

    /**
     * Adds the links an import's file names, in its transaction, without an event per link (the import is one event):
     * {@code from[i]} blocks or relates to {@code to[i]} as {@code kinds[i]} says (BLOCKS or RELATES). Links that exist
     * already, also "relates to" stored the other way round, stay as they are; returns how many were added.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int linkImported(WorkspaceAccess access, UUID importId, List<UUID> from, List<UUID> to, List<LinkKind> kinds) {
        access.require(Permission.IMPORT);
        return links.insertImported(access.workspaceId(), importId, access.userId(), from, to,
                kinds.stream().map(k -> k == LinkKind.BLOCKED_BY ? LinkKind.BLOCKS : k).map(LinkKind::stored).toList());
    }

    /** The undo of an import removes the links it added (those of the tasks it created go with them). */
    @EventListener
    void importUndone(ImportedTasksDeleted e) {
        links.deleteImported(e.workspaceId(), e.importId());
    }

    private Task other(WorkspaceAccess access, UUID taskId, UUID otherId) {
        if (taskId.equals(otherId)) {
            throw new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "self-link", "A task cannot be linked to itself.");
        }
        try {
            return tasks.get(access, otherId);
        } catch (ProblemException e) {
            throw ProblemException.notFoundSaying("The other task does not exist in this workspace or was deleted.");
        }
    }

    private void published(WorkspaceAccess access, Task task, LinkKind kind, Task other, boolean added) {
        events.publishEvent(new TaskLinkChanged(access.workspaceId(), access.userId(), task.id(), task.key(), kind,
                other.id(), other.key(), added, task.projectId(), other.projectId()));
    }
}
