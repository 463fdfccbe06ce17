package dev.pms.imports;

public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, UNDONE
}
