package dev.pms.imports;

import dev.pms.platform.web.ProblemException;

/** What an invalid row does: {@code skip-invalid} reports and skips it, {@code strict} imports nothing. */
public enum ImportMode {
    SKIP_INVALID, STRICT;

    public static ImportMode parse(String value) {
        if (value == null || value.isBlank()) {
            return SKIP_INVALID;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "skip-invalid" -> SKIP_INVALID;
            case "strict" -> STRICT;
            default -> throw ProblemException.invalid("mode", "must be 'skip-invalid' or 'strict'");
        };
    }
}
