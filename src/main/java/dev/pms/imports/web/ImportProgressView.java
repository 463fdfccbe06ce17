package dev.pms.imports.web;

import dev.pms.imports.Import;
import dev.pms.imports.ImportStatus;
import dev.pms.imports.RowError;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One import as the imports page shows it: a live progress bar while it runs (the partial polls itself
 * through {@code selfHref}), its preview and mapping while it waits for confirmation, then its counts ("n
 * rejected" beside a success), the first rejected rows inline, the error report and undo.
 */
public record ImportProgressView(String id, String fileName, String when, String status, boolean running, int percent,
                                 String progressText, int rowsTotal, int rowsInserted, int rowsRejected, int rowsUpdated,
                                 String error, String selfHref, String errorsHref, String undoAction, String boardHref,
                                 List<RowError> rejected, ImportPreviewView preview, int rowsLeftOut) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static ImportProgressView of(Import i, String pageBase, String apiBase, boolean mayUndo, List<RowError> rejected,
                                 ImportPreviewView preview) {
        boolean reading = i.status() == ImportStatus.PREVIEW && !i.previewReady();
        boolean running = i.status() == ImportStatus.QUEUED || i.status() == ImportStatus.RUNNING || reading;
        int percent = switch (i.status()) {
            case QUEUED, PREVIEW -> 0;
            case RUNNING -> i.sizeBytes() <= 0 ? 0 : (int) Math.min(99, i.bytesProcessed() * 100 / i.sizeBytes());
            default -> 100;
        };
        String text = switch (i.status()) {
            case PREVIEW -> reading ? "Reading the file for its preview…" : "Check the preview and confirm: nothing is imported yet";
            case QUEUED -> "Waiting to start…";
            case RUNNING -> String.format("%,d rows read (%d%%)", i.rowsProcessed(), percent);
            case SUCCEEDED -> i.undoRequestedAt() != null ? "Being undone…"
                    : i.rowsRejected() > 0 ? "Finished with " + String.format("%,d", i.rowsRejected()) + " rejected" : "Finished";
            case FAILED -> "Failed: nothing was imported";
            case UNDONE -> i.rowsTotal() == 0 && i.startedAt() == null ? "Discarded: nothing was imported" : "Undone: its tasks were removed";
        };
        boolean undoable = mayUndo && i.status() == ImportStatus.SUCCEEDED && i.undoRequestedAt() == null
                && i.rowsInserted() + i.rowsUpdated() > 0;
        return new ImportProgressView(i.id().toString(), i.fileName(), WHEN.format(i.createdAt()), i.status().name(),
                running || i.undoRequestedAt() != null && i.status() == ImportStatus.SUCCEEDED, percent, text,
                i.rowsTotal(), i.rowsInserted(), i.rowsRejected(), i.rowsUpdated(), i.error(), pageBase + "/imports/" + i.id(),
                i.rowsRejected() > 0 ? apiBase + "/imports/" + i.id() + "/errors" : null,
                undoable ? pageBase + "/imports/" + i.id() + "/undo" : null,
                i.projectId() == null ? pageBase + "/tasks" : pageBase + "/projects/" + i.projectId() + "/board", rejected, preview,
                leftOut(i));
    }

    /** The rows that are neither tasks nor errors: archived, closed or private rows the user chose to leave out. */
    private static int leftOut(Import i) {
        return i.status() != ImportStatus.SUCCEEDED ? 0
                : Math.max(0, i.rowsTotal() - i.rowsInserted() - i.rowsRejected() - i.rowsUpdated() - i.rowsUnchanged());
    }

    /** The status as the badge shows it: a success that rejected rows says how many. */
    public String badge() {
        return status.equals("SUCCEEDED") && rowsRejected > 0 ? "SUCCEEDED · " + rowsRejected + " rejected" : status;
    }

    public boolean ended() {
        return !running && preview == null && rowsTotal > 0;
    }
}
