package dev.pms.task;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Task priority, lowest first: the order of the constants is the order of a priority sort. */
public enum Priority {
    NONE, LOW, MEDIUM, HIGH, URGENT;

    /** The priority as pages and exported files name it: "High", and "No priority" for none. */
    public String label() {
        return this == NONE ? "No priority" : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** A SQL expression ranking {@code column}'s priorities in this enum's order, for ORDER BY. */
    static String sqlRank(String column) {
        return Arrays.stream(values()).map(p -> " when '" + p.name() + "' then " + p.ordinal())
                .collect(Collectors.joining("", "case " + column, " end"));
    }
}
