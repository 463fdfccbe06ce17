package dev.pms.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * An import as clients see it. While it runs, {@code rowsProcessed} and {@code bytesProcessed} (of
 * {@code sizeBytes}) grow; {@code rowsTotal} is final once it ends.
 */
public record Import(UUID id, UUID projectId, UUID userId, String fileName, long sizeBytes, String sha256,
                     ImportFormat format, ImportMode mode, ImportStatus status, int rowsTotal, int rowsProcessed,
                     int rowsInserted, int rowsRejected, long bytesProcessed, String error, Instant createdAt,
                     Instant startedAt, Instant finishedAt, Instant undoRequestedAt, Instant undoneAt) {

    /** Nothing more will happen to it: it succeeded, failed or was undone, and no undo waits. */
    public boolean ended() {
        return status == ImportStatus.UNDONE
                || status != ImportStatus.QUEUED && status != ImportStatus.RUNNING && undoRequestedAt == null;
    }
}
