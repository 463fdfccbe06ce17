package dev.pms.task;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk edit did: its id (for undo, null when nothing was applied) and one result per task asked for, in the
 * request's order: {@code applied}, or {@code skipped} with the reason in words.
 */
public record BulkEditResult(UUID id, int applied, int skipped, List<Row> rows) {

    public record Row(UUID taskId, String result, String reason) {
        static Row applied(UUID taskId) {
            return new Row(taskId, "applied", null);
        }

        static Row skipped(UUID taskId, String reason) {
            return new Row(taskId, "skipped", reason);
        }
    }
}
