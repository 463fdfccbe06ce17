package dev.pms.imports;

import java.io.InputStream;
import java.util.UUID;

/**
 * An upload to import. {@code projectId} is the default project (null: the workspace's only open project);
 * {@code dateFormat} optionally states how the file writes due dates (a java.time pattern like dd/MM/yyyy).
 */
public record UploadCommand(UUID projectId, String fileName, ImportMode mode, String dateFormat, InputStream content) {
}
