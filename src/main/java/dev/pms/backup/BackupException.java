package dev.pms.backup;

/** A backup or restore that cannot be done, with a message for the operator saying why and what to do. */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
