package dev.pms.imports;

/** A problem with the whole file (encoding, header, limits): the import fails and imports nothing. */
class ImportFailure extends RuntimeException {
    ImportFailure(String message) {
        super(message);
    }

    ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
