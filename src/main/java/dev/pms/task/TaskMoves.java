package dev.pms.task;

import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Moves tasks between the columns of a board (its states) and out of a state that is being removed. */
@Service
public class TaskMoves {
    private final TaskRepository tasks;
    private final TaskPositions positions;
    private final TaskWrites writes;

    TaskMoves(TaskRepository tasks, TaskPositions positions, TaskWrites writes) {
        this.tasks = tasks;
        this.positions = positions;
        this.writes = writes;
    }

    /**
     * A drop on the board. Status and position are last-writer-wins (DESIGN §10): a drop made on an older version
     * applies to the task as it is now. Only a task that someone moved to another project meanwhile stays there.
     */
    @Transactional
    public Task move(WorkspaceAccess access, MoveTaskCommand command) {
        access.require(Permission.TASK_WRITE);
        Task current = writes.findLocked(access, command.taskId());
        if (current.version() != command.version() && command.projectId() != null && !command.projectId().equals(current.projectId())) {
            throw ProblemException.conflict("moved-elsewhere", "'" + current.title() + "' was moved to another project by "
                    + writes.nameOf(access, current.updatedBy()) + " meanwhile; it stays where they put it.");
        }
        TaskStatus status = command.stateId() != null
                ? writes.categoryOf(access, current.projectId(), command.stateId()) : command.status();
        double position = positions.at(access.workspaceId(), current, status, command.afterTaskId());
        Task moved = new Task(current.id(), current.projectId(), current.title(), current.description(), status,
                current.priority(), current.assigneeId(), current.dueDate(), position, current.importId(),
                current.createdBy(), current.createdAt(), access.userId(), current.updatedAt(), current.version(),
                current.number(), current.key(), current.labels(),
                TaskWrites.stateAfter(current, command.stateId(), current.projectId(), status), null,
                current.parentId(), current.parentKey(), current.subtasksDone(), current.subtasksTotal(), current.blocked());
        return writes.save(access, current, moved, current.version());
    }

    /** Moves several tasks in order, all or none: one task that is gone or moved away rolls back the whole drop. */
    @Transactional
    public List<Task> moveAll(WorkspaceAccess access, List<MoveTaskCommand> commands) {
        return commands.stream().map(command -> move(access, command)).toList();
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
}
