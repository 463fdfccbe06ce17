package dev.pms.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * An import as clients see it. While it runs, {@code rowsProcessed} and {@code bytesProcessed} (of
 * {@code sizeBytes}) grow; {@code rowsTotal} is final once it ends. An upload that waits for its mapping is in
 * PREVIEW; {@code previewReady} tells when its preview can be read. An import by key counts the tasks it
 * updated and the rows whose task already held their values apart from {@code rowsInserted}.
 */
public record Import(UUID id, UUID projectId, UUID userId, String fileName, long sizeBytes, String sha256,
                     ImportFormat format, ImportMode mode, ImportStatus status, int rowsTotal, int rowsProcessed,
                     int rowsInserted, int rowsRejected, long bytesProcessed, String error, Instant createdAt,
                     Instant startedAt, Instant finishedAt, Instant undoRequestedAt, Instant undoneAt, int rowsUpdated,
                     int rowsUnchanged, boolean previewReady) {

    /**
     * Nothing more will happen to it unless someone acts: it succeeded, failed or was undone and no undo waits, or
     * its preview is ready and waits for the mapping to be confirmed.
     */
    public boolean ended() {
        if (status == ImportStatus.PREVIEW) {
            return previewReady;
        }
        return status == ImportStatus.UNDONE
                || status != ImportStatus.QUEUED && status != ImportStatus.RUNNING && undoRequestedAt == null;
    }
}
