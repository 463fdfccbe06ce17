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
}
