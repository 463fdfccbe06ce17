package dev.pms.task;

import dev.pms.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A stale edit changed a field that someone else changed too (409): the task as it is now, who changed it last,
 * and the fields in conflict, so that a page shows theirs beside yours and lets the person keep either.
 */
public class TaskEditConflict extends ProblemException {
    private final transient Task current;
    private final List<TaskChanged.Field> fields;

    TaskEditConflict(Task current, String changedBy, List<TaskChanged.Field> fields) {
        super(HttpStatus.CONFLICT, "edit-conflict", changedBy + " changed the " + names(fields) + " of '" + current.title()
                + "' while you were editing. Keep yours or theirs for each, then save again.");
        this.current = current;
        this.fields = List.copyOf(fields);
    }

    public Task current() {
        return current;
    }

    public List<TaskChanged.Field> fields() {
        return fields;
    }

    private static String names(List<TaskChanged.Field> fields) {
        return fields.stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(" and "));
    }
}
