package dev.pms.task;

import dev.pms.workspace.WorkspaceAccess;

import java.util.List;
import java.util.UUID;

/**
 * A project's states as the board shows them. The state module, which owns them, answers it: it depends on tasks
 * (their categories are {@link TaskStatus}), not back.
 */
public interface ProjectStates {

    /** A state; {@code first}: the first of its category, which also holds the tasks that name no state. */
    record State(UUID id, String name, TaskStatus category, boolean first) {
    }

    /** The project's states in board order, one per category at least. */
    List<State> of(WorkspaceAccess access, UUID projectId);
}
