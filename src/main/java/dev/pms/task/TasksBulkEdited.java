package dev.pms.task;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A bulk edit, or its undo, changed many tasks at once; published inside its transaction. Listeners write what it
 * did in one statement each (activity: one entry per task and field, as single edits record them; live pages: one
 * event), not one per task.
 *
 * @param entries one per changed field of each task ({@code kind}: CHANGED, MOVED, DELETED or CREATED, the last for a
 *                deleted task an undo brought back)
 */
public record TasksBulkEdited(UUID workspaceId, UUID actorId, UUID bulkId, boolean undo, Set<UUID> projectIds,
                              List<Entry> entries, String via) {

    public record Entry(UUID taskId, String kind, String field, String oldValue, String newValue) {
    }

    public int tasks() {
        return (int) entries.stream().map(Entry::taskId).distinct().count();
    }
}
