package dev.pms.imports;

public enum ImportStatus {
    PREVIEW, QUEUED, RUNNING, SUCCEEDED, FAILED, UNDONE
}
