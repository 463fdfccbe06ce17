package dev.pms.task;

import java.util.UUID;

/** The undo of an import deleted the {@code rows} tasks it had created; published inside the undo's transaction. */
public record ImportedTasksDeleted(UUID workspaceId, UUID actorId, UUID importId, int rows) {
}
