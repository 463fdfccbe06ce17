package dev.pms.task;

import dev.pms.platform.web.ProblemException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Where a dropped task goes in its column: halfway between its new neighbours, so one drop writes one row.
 * When repeated drops in one place have halved the gap down to rounding, the column is spread out again.
 */
@Component
class TaskPositions {
    private static final double MIN_GAP = 1e-6;
    private final TaskRepository tasks;

    TaskPositions(TaskRepository tasks) {
        this.tasks = tasks;
    }

    double at(UUID workspaceId, Task moving, TaskStatus status, UUID afterTaskId) {
        Double after = afterTaskId == null ? null : anchor(workspaceId, moving, status, afterTaskId).position();
        Double next = nextPosition(workspaceId, moving, status, after);
        if (crowded(after, next)) {
            tasks.renumber(workspaceId, moving.projectId(), status);
            after = anchor(workspaceId, moving, status, afterTaskId).position();
            next = nextPosition(workspaceId, moving, status, after);
        }
        return between(after, next);
    }

    /** Whether two neighbours are too close to place a task between them without rounding onto one of them. */
    static boolean crowded(Double after, Double next) {
        return after != null && next != null && next - after < MIN_GAP;
    }

    /** The position between two neighbours; a null one is the column's start or end (both null: an empty column). */
    static double between(Double after, Double next) {
        if (after == null) {
            return next == null ? TaskRepository.GAP : next - TaskRepository.GAP;
        }
        return next == null ? after + TaskRepository.GAP : (after + next) / 2;
    }

    private Double nextPosition(UUID workspaceId, Task moving, TaskStatus status, Double after) {
        List<Double> next = tasks.neighbours(workspaceId, moving.projectId(), status, after, moving.id());
        return next.isEmpty() ? null : next.getFirst();
    }

    private Task anchor(UUID workspaceId, Task moving, TaskStatus status, UUID afterTaskId) {
        Task anchor = tasks.find(workspaceId, afterTaskId).orElseThrow(() -> ProblemException.notFound("task"));
        if (anchor.id().equals(moving.id())) {
            throw ProblemException.invalid("afterTaskId", "a task cannot be placed after itself");
        }
        if (!anchor.projectId().equals(moving.projectId()) || anchor.status() != status) {
            throw ProblemException.invalid("afterTaskId", "must be a task in the same project and the target status column");
        }
        return anchor;
    }
}
