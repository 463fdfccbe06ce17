package dev.pms.task;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The board's columns, in board order. */
public enum TaskStatus {
    BACKLOG("Backlog"), TODO("To do"), IN_PROGRESS("In progress"), IN_REVIEW("In review"), DONE("Done");

    /** Work not finished yet: what My Tasks lists and what can be overdue. */
    public static final List<TaskStatus> OPEN = List.of(BACKLOG, TODO, IN_PROGRESS, IN_REVIEW);
    /** {@link #OPEN} as a condition on a tasks row: one comparison, which a count over a million rows pays for each row. */
    static final String OPEN_SQL = "status <> 'DONE'";

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    /** The status as pages and exported files name it. */
    public String label() {
        return label;
    }

    /** SQL ranking {@code column} along the workflow, in this enum's order (backlog first). */
    static String sqlRank(String column) {
        return Arrays.stream(values()).map(s -> " when '" + s.name() + "' then " + s.ordinal())
                .collect(Collectors.joining("", "case " + column, " end"));
    }
}
