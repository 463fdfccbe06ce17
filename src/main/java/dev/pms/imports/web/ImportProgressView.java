package dev.pms.imports.web;

import dev.pms.imports.Import;
import dev.pms.imports.ImportStatus;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One import as the imports page shows it: a live progress bar while it runs (the partial polls itself
 * through {@code selfHref}), then its counts, error report and undo.
 */
public record ImportProgressView(String id, String fileName, String when, String status, boolean running, int percent,
                                 String progressText, int rowsTotal, int rowsInserted, int rowsRejected, String error,
                                 String selfHref, String errorsHref, String undoAction, String boardHref) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static ImportProgressView of(Import i, String pageBase, String apiBase, boolean mayUndo) {
        boolean running = i.status() == ImportStatus.QUEUED || i.status() == ImportStatus.RUNNING;
        int percent = switch (i.status()) {
            case QUEUED -> 0;
            case RUNNING -> i.sizeBytes() <= 0 ? 0 : (int) Math.min(99, i.bytesProcessed() * 100 / i.sizeBytes());
            default -> 100;
        };
        String text = switch (i.status()) {
            case QUEUED -> "Waiting to start…";
            case RUNNING -> String.format("%,d rows read (%d%%)", i.rowsProcessed(), percent);
            case SUCCEEDED -> i.undoRequestedAt() != null ? "Being undone…" : "Finished";
            case FAILED -> "Failed: nothing was imported";
            case UNDONE -> "Undone: its tasks were removed";
        };
        boolean undoable = mayUndo && i.status() == ImportStatus.SUCCEEDED && i.undoRequestedAt() == null && i.rowsInserted() > 0;
        return new ImportProgressView(i.id().toString(), i.fileName(), WHEN.format(i.createdAt()), i.status().name(),
                running || i.undoRequestedAt() != null && i.status() == ImportStatus.SUCCEEDED, percent, text,
                i.rowsTotal(), i.rowsInserted(), i.rowsRejected(), i.error(), pageBase + "/imports/" + i.id(),
                i.rowsRejected() > 0 ? apiBase + "/imports/" + i.id() + "/errors" : null,
                undoable ? pageBase + "/imports/" + i.id() + "/undo" : null,
                pageBase + "/projects/" + i.projectId() + "/board");
    }
}
