package dev.pms.task;

import dev.pms.platform.Ids;
import dev.pms.project.ProjectQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Creates and edits tasks, and copies imported ones (moves are in {@link TaskMoves}, deletes in {@link TaskDeletions}).
 * Ids that arrive in a body are checked against the caller's workspace like path ids.
 * Each change publishes {@link TaskChanged} (imports {@link TasksImported}) inside its transaction.
 */
@Service
public class TaskService {
    static final long DEFER_INDEX_MERGE_FROM_BYTES = 1024 * 1024;
    private final TaskRepository tasks;
    private final ProjectQueries projects;
    private final TaskUpsertRepository upserts;
    private final TaskTree tree;
    private final TaskWrites writes;

    /** What an import by key did: tasks added, tasks changed, and rows whose task already held their values. */
    public record UpsertCounts(int inserted, int updated, int unchanged) {
    }

    TaskService(TaskRepository tasks, ProjectQueries projects, TaskUpsertRepository upserts, TaskTree tree, TaskWrites writes) {
        this.tasks = tasks;
        this.projects = projects;
        this.upserts = upserts;
        this.tree = tree;
        this.writes = writes;
    }

    @Transactional
    public Task create(WorkspaceAccess access, CreateTaskCommand command) {
        access.require(Permission.TASK_WRITE);
        projects.requireOpen(access, command.projectId());
        writes.requireMember(access, command.assigneeId());
        CreateTaskCommand complete = new CreateTaskCommand(command.projectId(), command.title().strip(),
                Objects.requireNonNullElse(command.description(), ""),
                Objects.requireNonNullElse(command.status(), TaskStatus.TODO),
                Objects.requireNonNullElse(command.priority(), Priority.NONE), command.assigneeId(), command.dueDate());
        double position = tasks.endOfColumn(access.workspaceId(), complete.projectId(), complete.status());
        Task created;
        try {
            created = tasks.insert(access.workspaceId(), Ids.next(), access.userId(), complete, position);
        } catch (DataAccessException e) {
            throw NumberCounters.isLockTimeout(e) ? TaskWrites.numbersBusy() : e;
        }
        writes.published(access, null, created);
        return created;
    }

    @Transactional
    public Task update(WorkspaceAccess access, UUID taskId, UpdateTaskCommand c) {
        access.require(Permission.TASK_WRITE);
        Task current = writes.findAtVersion(access, taskId, c.version());
        UUID projectId = Objects.requireNonNullElse(c.projectId(), current.projectId());
        TaskStatus status = c.stateId() != null ? writes.categoryOf(access, projectId, c.stateId())
                : Objects.requireNonNullElse(c.status(), current.status());
        if (!projectId.equals(current.projectId())) {
            projects.requireOpen(access, projectId);
        }
        UUID assignee = c.assigneeId() == null ? current.assigneeId() : c.assigneeId().orElse(null);
        if (!Objects.equals(assignee, current.assigneeId())) {
            writes.requireMember(access, assignee);
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
                current.key(), current.labels(), TaskWrites.stateAfter(current, c.stateId(), projectId, status), null,
                parent, current.parentKey(), current.subtasksDone(), current.subtasksTotal(), current.blocked());
        return writes.save(access, current, changed, c.version());
    }

    /**
     * Applies an edit made on {@code seen}, the fields as the person's form showed them. When someone else saved the task
     * meanwhile, the edit is merged field by field ({@link TaskMerge}); a field both changed is a {@link TaskEditConflict}.
     */
    @Transactional
    public Task update(WorkspaceAccess access, UUID taskId, UpdateTaskCommand c, TaskFields seen) {
        Task current = writes.find(access, taskId);
        if (current.version() == c.version()) {
            return update(access, taskId, c);
        }
        access.require(Permission.TASK_WRITE);
        TaskFields mine = seen.with(c);
        List<TaskChanged.Field> conflicts = TaskMerge.conflicts(seen, mine, TaskFields.of(current));
        if (!conflicts.isEmpty()) {
            throw new TaskEditConflict(current, writes.nameOf(access, current.updatedBy()), conflicts);
        }
        return update(access, taskId, TaskMerge.mine(seen, mine, current.version()));
    }

    /** Puts a task under {@code parentId}, or makes it a top task (null), whatever its version: a change of one field. */
    @Transactional
    public Task setParent(WorkspaceAccess access, UUID taskId, UUID parentId) {
        access.require(Permission.TASK_WRITE);
        tree.lock(access.workspaceId()); // before the row's lock, as in every change of a parent: no deadlock
        Task current = writes.findLocked(access, taskId);
        if (parentId != null) {
            tree.requireParentable(access.workspaceId(), taskId, parentId);
        }
        return writes.save(access, current, current.withParent(parentId), current.version());
    }

    /** A new task under {@code parentId}, in the parent's project. */
    @Transactional
    public Task createSubtask(WorkspaceAccess access, UUID parentId, String title) {
        Task parent = writes.find(access, parentId);
        Task created = create(access, new CreateTaskCommand(parent.projectId(), title, null, null, null, null, null));
        return setParent(access, created.id(), parentId);
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
        writes.publish(new TasksImported(copy.workspaceId(), copy.userId(), copy.importId(), stored));
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
        writes.publish(new ImportedTasksDeleted(access.workspaceId(), access.userId(), importId, deleted));
        return deleted;
    }

    /** A task moving to another project takes that project's next number; its old key keeps leading to it. */
    private int renumbered(WorkspaceAccess access, Task current, UUID projectId) {
        tasks.rememberKey(access.workspaceId(), current);
        try {
            return tasks.nextNumber(access.workspaceId(), projectId);
        } catch (DataAccessException e) {
            throw NumberCounters.isLockTimeout(e) ? TaskWrites.numbersBusy() : e;
        }
    }
}
