package dev.pms.task;

import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Deletes a task, and decides what becomes of its subtasks. */
@Service
public class TaskDeletions {
    private final TaskRepository tasks;
    private final TaskTree tree;
    private final TaskWrites writes;

    TaskDeletions(TaskRepository tasks, TaskTree tree, TaskWrites writes) {
        this.tasks = tasks;
        this.tree = tree;
        this.writes = writes;
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
        Task task = writes.find(access, taskId);
        if (task.subtasksTotal() > 0 && choice == null) {
            throw ProblemException.conflict("has-subtasks", "'" + task.title() + "' has " + task.subtasksTotal()
                    + (task.subtasksTotal() == 1 ? " subtask" : " subtasks")
                    + ": choose whether to delete them too or to detach them (subtasks=delete or subtasks=detach).");
        }
        tree.lock(access.workspaceId());
        List<UUID> doomed = choice == SubtaskChoice.DELETE ? tree.subtree(access.workspaceId(), taskId) : List.of(taskId);
        if (choice == SubtaskChoice.DETACH) {
            for (Task child : tasks.children(access.workspaceId(), taskId)) {
                writes.save(access, child, child.withParent(null), child.version());
            }
        }
        for (UUID id : doomed) {
            writes.deleteOne(access, id.equals(taskId) ? task : writes.find(access, id));
        }
    }
}
