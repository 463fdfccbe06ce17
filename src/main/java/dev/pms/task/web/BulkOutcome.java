package dev.pms.task.web;

import java.util.UUID;

/** What the last bulk edit or undo did, as the table's address tells it after one: the message and the undo it offers. */
record BulkOutcome(UUID bulk, Integer applied, Integer skipped, Integer undone) {

    String notice() {
        if (undone != null) {
            return String.format("Undone: %,d %s as %s before.", undone, tasks(undone), undone == 1 ? "it was" : "they were");
        }
        if (applied == null) {
            return null;
        }
        String changed = String.format("Changed %,d %s.", applied, tasks(applied));
        return skipped == null || skipped == 0 ? changed
                : changed + String.format(" %,d skipped: gone meanwhile, or not yours to delete.", skipped);
    }

    String undoAction(String base) {
        return bulk == null || undone != null ? null : base + "/tasks/bulk/" + bulk + "/undo";
    }

    private static String tasks(int n) {
        return n == 1 ? "task" : "tasks";
    }
}
