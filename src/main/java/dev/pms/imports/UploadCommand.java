package dev.pms.imports;

import java.io.InputStream;
import java.util.UUID;

/**
 * An upload to import. {@code projectId} is the default project (null: the workspace's only open project);
 * {@code dateFormat} optionally states how the file writes due dates (a java.time pattern like dd/MM/yyyy).
 * {@code confirm} imports at once, as before previews existed (for scripts); otherwise the upload stops at PREVIEW.
 */
public record UploadCommand(UUID projectId, String fileName, ImportMode mode, String dateFormat, boolean confirm, InputStream content) {
}
