package dev.pms.task;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import dev.pms.project.ProjectQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Every change to tasks. Ids that arrive in a body are checked against the caller's workspace like path ids.
 * Each change publishes {@link TaskChanged} (imports {@link TasksImported}) inside its transaction.
 */
@Service
public class TaskService {
    static final long DEFER_INDEX_MERGE_FROM_BYTES = 1024 * 1024;
    private final TaskRepository tasks;
    private final ProjectQueries projects;
    private final WorkspaceQueries workspaces;
    private final TaskPositions positions;
    private final ApplicationEventPublisher events;
    private final TaskUpsertRepository upserts;
    private final TaskTree tree;

    /** What an import by key did: tasks added, tasks changed, and rows whose task already held their values. */
    public record UpsertCounts(int inserted, int updated, int unchanged) {
    }

    TaskService(TaskRepository tasks, ProjectQueries projects, WorkspaceQueries workspaces, TaskPositions positions,
                ApplicationEventPublisher events, TaskUpsertRepository upserts, TaskTree tree) {
        this.upserts = upserts;
        this.tree = tree;
        this.tasks = tasks;
        this.projects = projects;
        this.workspaces = workspaces;
        this.positions = positions;
        this.events = events;
    }

    @Transactional
    public Task create(WorkspaceAccess access, CreateTaskCommand command) {
        access.require(Permission.TASK_WRITE);
        projects.requireOpen(access, command.projectId());
        requireMember(access, command.assigneeId());
        CreateTaskCommand complete = new CreateTaskCommand(command.projectId(), command.title().strip(),
                Objects.requireNonNullElse(command.description(), ""),
                Objects.requireNonNullElse(command.status(), TaskStatus.TODO),
                Objects.requireNonNullElse(command.priority(), Priority.NONE), command.assigneeId(), command.dueDate());
        double position = tasks.endOfColumn(access.workspaceId(), complete.projectId(), complete.status());
        Task created;
        try {
            created = tasks.insert(access.workspaceId(), Ids.next(), access.userId(), complete, position);
        } catch (DataAccessException e) {
            throw NumberCounters.isLockTimeout(e) ? numbersBusy() : e;
        }
        published(access, null, created);
        return created;
    }

    @Transactional
    public Task update(WorkspaceAccess access, UUID taskId, UpdateTaskCommand c) {
        access.require(Permission.TASK_WRITE);
        Task current = findAtVersion(access, taskId, c.version());
        UUID projectId = Objects.requireNonNullElse(c.projectId(), current.projectId());
        TaskStatus status = c.stateId() != null ? categoryOf(access, projectId, c.stateId())
                : Objects.requireNonNullElse(c.status(), current.status());
        if (!projectId.equals(current.projectId())) {
            projects.requireOpen(access, projectId);
        }
        UUID assignee = c.assigneeId() == null ? current.assigneeId() : c.assigneeId().orElse(null);
        if (!Objects.equals(assignee, current.assigneeId())) {
            requireMember(access, assignee);
        }
        boolean columnChanged = !projectId.equals(current.projectId()) || status != current.status();
        double position = columnChanged ? tasks.endOfColumn(access.workspaceId(), projectId, status) : current.position();
        int number = projectId.equals(current.projectId()) ? current.number() : renumbered(access, current, projectId);
        UUID parent = c.parentId() == null ? current.parentId() : c.parentId().orElse(null);
        if (parent != null && !parent.equals(current.parentId())) {
            tree.requireParentable(access.workspaceId(), taskId, parent);
        }
        Task changed = new Task(taskId, projectId, c.title() == null ? current.title() : c.title().strip(),
                Objects.requireNonNullElse(c.description(), current.description()), status,
                Objects.requireNonNullElse(c.priority(), current.priority()), assignee,
                c.dueDate() == null ? current.dueDate() : c.dueDate().orElse(null), position, current.importId(),
                current.createdBy(), current.createdAt(), access.userId(), current.updatedAt(), current.version(), number,
                current.key(), current.labels(), stateAfter(current, c.stateId(), projectId, status), null,
                parent, current.parentKey(), current.subtasksDone(), current.subtasksTotal(), current.blocked());
        return save(access, current, changed, c.version());
    }

    /**
     * Applies an edit made on {@code seen}, the fields as the person's form showed them. When someone else saved the task
     * meanwhile, the edit is merged field by field ({@link TaskMerge}); a field both changed is a {@link TaskEditConflict}.
     */
    @Transactional
    public Task update(WorkspaceAccess access, UUID taskId, UpdateTaskCommand c, TaskFields seen) {
        Task current = find(access, taskId);
        if (current.version() == c.version()) {
            return update(access, taskId, c);
        }
        access.require(Permission.TASK_WRITE);
        TaskFields mine = seen.with(c);
        List<TaskChanged.Field> conflicts = TaskMerge.conflicts(seen, mine, TaskFields.of(current));
        if (!conflicts.isEmpty()) {
            throw new TaskEditConflict(current, nameOf(access, current.updatedBy()), conflicts);
        }
        return update(access, taskId, TaskMerge.mine(seen, mine, current.version()));
    }

    /**
     * A drop on the board. Status and position are last-writer-wins (DESIGN §10): a drop made on an older version
     * applies to the task as it is now. Only a task that someone moved to another project meanwhile stays there.
     */
    @Transactional
    public Task move(WorkspaceAccess access, MoveTaskCommand command) {
        access.require(Permission.TASK_WRITE);
        Task current = tasks.findLocked(access.workspaceId(), command.taskId()).orElseThrow(() -> ProblemException.notFound("task"));
        if (current.version() != command.version() && command.projectId() != null && !command.projectId().equals(current.projectId())) {
            throw ProblemException.conflict("moved-elsewhere", "'" + current.title() + "' was moved to another project by "
                    + nameOf(access, current.updatedBy()) + " meanwhile; it stays where they put it.");
        }
        TaskStatus status = command.stateId() != null ? categoryOf(access, current.projectId(), command.stateId()) : command.status();
        double position = positions.at(access.workspaceId(), current, status, command.afterTaskId());
        Task moved = new Task(current.id(), current.projectId(), current.title(), current.description(), status,
                current.priority(), current.assigneeId(), current.dueDate(), position, current.importId(),
                current.createdBy(), current.createdAt(), access.userId(), current.updatedAt(), current.version(),
                current.number(), current.key(), current.labels(),
                stateAfter(current, command.stateId(), current.projectId(), status), null,
                current.parentId(), current.parentKey(), current.subtasksDone(), current.subtasksTotal(), current.blocked());
        return save(access, current, moved, current.version());
    }

    /** Moves several tasks in order, all or none: one task that is gone or moved away rolls back the whole drop. */
    @Transactional
    public List<Task> moveAll(WorkspaceAccess access, List<MoveTaskCommand> commands) {
        return commands.stream().map(command -> move(access, command)).toList();
    }

    /** Members may delete the tasks they created; managers and above any task. */
    @Transactional
    public void delete(WorkspaceAccess access, UUID taskId) {
        delete(access, taskId, null);
    }

    /**
     * Deletes a task; one with subtasks only with a choice: {@code DELETE} them too (all levels below, each under the
     * same rule as the task) or {@code DETACH} them (its subtasks become top tasks and keep theirs).
     */
    @Transactional
    public void delete(WorkspaceAccess access, UUID taskId, SubtaskChoice choice) {
        access.require(Permission.TASK_DELETE_OWN);
        Task task = find(access, taskId);
        if (task.subtasksTotal() > 0 && choice == null) {
            throw ProblemException.conflict("has-subtasks", "'" + task.title() + "' has " + task.subtasksTotal()
                    + (task.subtasksTotal() == 1 ? " subtask" : " subtasks")
                    + ": choose whether to delete them too or to detach them (subtasks=delete or subtasks=detach).");
        }
        tree.lock(access.workspaceId());
        List<UUID> doomed = choice == SubtaskChoice.DELETE ? tree.subtree(access.workspaceId(), taskId) : List.of(taskId);
        if (choice == SubtaskChoice.DETACH) {
            for (Task child : tasks.children(access.workspaceId(), taskId)) {
                save(access, child, child.withParent(null), child.version());
            }
        }
        for (UUID id : doomed) {
            deleteOne(access, id.equals(taskId) ? task : find(access, id));
        }
    }

    /** Puts a task under {@code parentId}, or makes it a top task (null), whatever its version: a change of one field. */
    @Transactional
    public Task setParent(WorkspaceAccess access, UUID taskId, UUID parentId) {
        access.require(Permission.TASK_WRITE);
        tree.lock(access.workspaceId()); // before the row's lock, as in every change of a parent: no deadlock
        Task current = tasks.findLocked(access.workspaceId(), taskId).orElseThrow(() -> ProblemException.notFound("task"));
        if (parentId != null) {
            tree.requireParentable(access.workspaceId(), taskId, parentId);
        }
        return save(access, current, current.withParent(parentId), current.version());
    }

    /** A new task under {@code parentId}, in the parent's project. */
    @Transactional
    public Task createSubtask(WorkspaceAccess access, UUID parentId, String title) {
        Task parent = find(access, parentId);
        Task created = create(access, new CreateTaskCommand(parent.projectId(), title, null, null, null, null, null));
        return setParent(access, created.id(), parentId);
    }

    private void deleteOne(WorkspaceAccess access, Task task) {
        if (!access.mayDeleteTask(task.createdBy())) {
            throw ProblemException.forbidden("Your role may delete only the tasks you created"
                    + (task.parentId() == null ? "." : ", and '" + task.title() + "' was created by someone else."));
        }
        tasks.delete(access.workspaceId(), task.id());
        published(access, task, null);
    }

    /**
     * Opens a COPY of imported tasks inside the caller's transaction (an import's one transaction);
     * positions continue after each status column's current end. Numbers continue after the counters of
     * {@code projects}, the projects the import's rows may go to, whose rows stay locked until the import's
     * transaction ends: creates in those projects wait for it (creates in others do not), and the import takes one
     * contiguous range of numbers per project. A file of {@link #DEFER_INDEX_MERGE_FROM_BYTES}
     * or more defers the search index's merge to {@link #tidyAfterCopy}; a smaller one adds less to the index's
     * pending list than an ordinary insert may leave there, and is copied as any insert is. While another import
     * holds one of those counters, {@code waiting} is told.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TaskCopy startCopy(WorkspaceAccess access, UUID importId, long fileBytes, Set<UUID> projects, Runnable waiting) {
        access.require(Permission.IMPORT);
        var ends = tasks.columnEnds(access.workspaceId());
        var numbers = tasks.lockNumbers(access.workspaceId(), projects, waiting);
        boolean deferIndexMerge = fileBytes >= DEFER_INDEX_MERGE_FROM_BYTES;
        return new TaskCopy(tasks.copyConnection(deferIndexMerge), "tasks", deferIndexMerge, ends, numbers,
                access.workspaceId(), importId, access.userId());
    }

    /**
     * Starts the COPY of an import by key: its rows go to a temporary staging table, which {@link #mergeUpsert}
     * merges into tasks with set-based statements (DESIGN §12). Its rows get their numbers in the merge, which
     * locks the counters of the projects the staged rows name only from then until the import commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TaskCopy startUpsert(WorkspaceAccess access, UUID importId, long fileBytes) {
        access.require(Permission.IMPORT);
        var ends = tasks.columnEnds(access.workspaceId());
        // the merge's INSERT ... SELECT fills the search index as a COPY would: defer its merge the same way
        boolean deferIndexMerge = fileBytes >= DEFER_INDEX_MERGE_FROM_BYTES;
        upserts.createStaging();
        return new TaskCopy(tasks.copyConnection(deferIndexMerge), TaskUpsertRepository.STAGING, deferIndexMerge, ends,
                null, access.workspaceId(), importId, access.userId());
    }

    /** Merges the finished staging COPY: new keys are inserted, known ones updated, their old values kept for undo. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UpsertCounts mergeUpsert(WorkspaceAccess access, UUID importId, Runnable progressed) {
        access.require(Permission.IMPORT);
        return upserts.merge(access.workspaceId(), importId, progressed);
    }

    /** Ends an import's COPY and publishes {@link TasksImported} in its transaction; returns the rows stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long finishCopy(TaskCopy copy) {
        long stored = copy.finish();
        if (copy.numbered()) {
            tasks.saveNumbers(copy.workspaceId(), copy.assignedNumbers());
        }
        events.publishEvent(new TasksImported(copy.workspaceId(), copy.userId(), copy.importId(), stored));
        return stored;
    }

    /** After a copy has committed: merges the search index entries it deferred (see {@link TaskRepository#copyConnection}). */
    public void tidyAfterCopy(TaskCopy copy) {
        if (copy.deferredIndexMerge() && copy.rows() > 0) {
            tasks.tidySearchIndex();
        }
    }

    /** Undo of an import: restores the tasks it updated, deletes exactly the tasks it created and returns how many. */
    @Transactional
    public int deleteImported(WorkspaceAccess access, UUID importId) {
        access.require(Permission.IMPORT_UNDO_OWN);
        upserts.restorePrevious(access.workspaceId(), importId);
        int deleted = tasks.deleteImported(access.workspaceId(), importId);
        events.publishEvent(new ImportedTasksDeleted(access.workspaceId(), access.userId(), importId, deleted));
        return deleted;
    }

    /**
     * Moves the tasks of a state that is being removed to another state of its project and category, in one statement;
     * returns how many moved. Only the state module calls it, inside the removal's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveOutOfState(WorkspaceAccess access, UUID projectId, TaskStatus category, UUID from, UUID to, boolean fromIsFirst) {
        access.require(Permission.PROJECT_WRITE);
        return tasks.moveOutOfState(access.workspaceId(), access.userId(), projectId, category, from, to, fromIsFirst);
    }

    /** The category of a state of the project, which becomes the task's status; any other state is refused in words. */
    private TaskStatus categoryOf(WorkspaceAccess access, UUID projectId, UUID stateId) {
        return tasks.stateCategory(access.workspaceId(), projectId, stateId).orElseThrow(
                () -> ProblemException.invalid("stateId", "names a state that does not exist in the task's project"));
    }

    /**
     * The state a change leaves the task in: the one it names; else, while project and status stay, the one it had;
     * else none, which is the first state of the new status (docs/adr/0010).
     */
    private static UUID stateAfter(Task current, UUID stateId, UUID projectId, TaskStatus status) {
        if (stateId != null) {
            return stateId;
        }
        return projectId.equals(current.projectId()) && status == current.status() ? current.stateId() : null;
    }

    /** A task moving to another project takes that project's next number; its old key keeps leading to it. */
    private int renumbered(WorkspaceAccess access, Task current, UUID projectId) {
        tasks.rememberKey(access.workspaceId(), current);
        try {
            return tasks.nextNumber(access.workspaceId(), projectId);
        } catch (DataAccessException e) {
            throw NumberCounters.isLockTimeout(e) ? numbersBusy() : e;
        }
    }

    private static ProblemException numbersBusy() {
        return ProblemException.busy("task-numbers-busy",
                "An import is adding tasks to this project just now; try again in a minute.", Duration.ofSeconds(30));
    }

    private Task save(WorkspaceAccess access, Task current, Task changed, int version) {
        Task saved = tasks.update(access.workspaceId(), access.userId(), changed, version)
                .orElseThrow(() -> staleVersion(changed));
        published(access, current, saved);
        return saved;
    }

    private void published(WorkspaceAccess access, Task before, Task after) {
        events.publishEvent(new TaskChanged(access.workspaceId(), access.userId(), before, after, TaskChanged.Via.current()));
    }

    private Task find(WorkspaceAccess access, UUID taskId) {
        return tasks.find(access.workspaceId(), taskId).orElseThrow(() -> ProblemException.notFound("task"));
    }

    private Task findAtVersion(WorkspaceAccess access, UUID taskId, int version) {
        Task task = find(access, taskId);
        if (task.version() != version) {
            throw staleVersion(task);
        }
        return task;
    }

    private String nameOf(WorkspaceAccess access, UUID userId) {
        return userId == null ? "someone" : workspaces.memberNames(access, List.of(userId)).getOrDefault(userId, "someone");
    }

    private void requireMember(WorkspaceAccess access, UUID userId) {
        if (userId != null && !workspaces.isMember(access, userId)) {
            throw ProblemException.notFoundSaying("This person is not a member of the workspace.");
        }
    }

    private static ProblemException staleVersion(Task task) {
        return ProblemException.conflict("stale-version",
                "Task '" + task.title() + "' was changed by someone else meanwhile; reload it and try again.");
    }
}
