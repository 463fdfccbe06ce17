package dev.pms.platform.jdbc;

import dev.pms.platform.web.ProblemException;

/** Page sizes: a default when none is asked for, and a ceiling so that no request reads without bound. */
public final class Limits {
    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private Limits() {
    }

    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAX) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX);
        }
        return requested;
    }
}
