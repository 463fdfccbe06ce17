package dev.pms.imports;

/** A problem with the whole file (encoding, header, limits): the import fails and imports nothing. */
public class ImportFailure extends RuntimeException {
    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
