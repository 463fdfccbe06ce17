package dev.pms.imports;

import java.util.UUID;

/** Someone asked to remove the tasks an import created; a job does the removal. */
public record ImportUndoRequested(UUID workspaceId, UUID actorId, UUID importId, String fileName) {
}
