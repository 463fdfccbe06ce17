package dev.pms.imports.parse;

import dev.pms.imports.RowError;

import dev.pms.imports.parse.Columns.Field;
import dev.pms.platform.SpreadsheetText;
import dev.pms.project.Project;
import dev.pms.task.ImportedTask;
import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/**
 * Turns one source row into a task, or into the reasons it cannot be one: every cell is checked, so a
 * row's report names all of its problems at once. Limits match the tasks table's checks.
 */
public final class TaskRowReader {
    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 100_000;
    private static final int WORD_CACHE = 256;
    private final Columns columns;
    private final Lookups lookups;
    private final UUID defaultProject;
    private final DueDates dueDates;
    // files repeat a handful of status and priority words a million times: map each spelling once
    private final Map<String, TaskStatus> statuses = new HashMap<>();
    private final Map<String, Priority> priorities = new HashMap<>();

    /** A mapped row: the task, or the errors when {@code task} is null. */
    public record Mapped(ImportedTask task, List<RowError> errors) {
    }

    public TaskRowReader(Columns columns, Lookups lookups, UUID defaultProject, DueDates dueDates) {
        this.columns = columns;
        this.lookups = lookups;
        this.defaultProject = defaultProject;
        this.dueDates = dueDates;
    }

    public Mapped map(RowSource.SourceRow row) {
        List<RowError> errors = new ArrayList<>(0);
        String title = text(row, Field.TITLE, errors).strip();
        if (title.isEmpty()) {
            errors.add(error(row, Field.TITLE, title, "is empty; every task needs a title"));
        } else if (tooLong(title, MAX_TITLE)) {
            errors.add(error(row, Field.TITLE, title, "is longer than " + MAX_TITLE + " characters"));
        }
        String description = text(row, Field.DESCRIPTION, errors);
        if (tooLong(description, MAX_DESCRIPTION)) {
            errors.add(error(row, Field.DESCRIPTION, description, "is longer than 100,000 characters"));
        }
        TaskStatus status = status(row, errors);
        Priority priority = priority(row, errors);
        UUID assignee = assignee(row, errors);
        LocalDate due = due(row, errors);
        UUID project = project(row, errors);
        if (!errors.isEmpty()) {
            return new Mapped(null, errors);
        }
        return new Mapped(new ImportedTask(project, title, description, status, priority, assignee, due, row.number()), List.of());
    }

    private TaskStatus status(RowSource.SourceRow row, List<RowError> errors) {
        if (columns.of(Field.COMPLETED) >= 0 && Words.completed(row.cell(columns.of(Field.COMPLETED)))) {
            return TaskStatus.DONE;
        }
        String value = row.cell(columns.of(Field.STATUS));
        TaskStatus status = statuses.size() < WORD_CACHE ? statuses.computeIfAbsent(value, Words::status) : Words.status(value);
        if (status == null) {
            errors.add(error(row, Field.STATUS, value, "is not a status we know; use Backlog, To Do, In Progress, In Review or Done"));
        }
        return status;
    }

    private Priority priority(RowSource.SourceRow row, List<RowError> errors) {
        String value = row.cell(columns.of(Field.PRIORITY));
        Priority priority = priorities.size() < WORD_CACHE ? priorities.computeIfAbsent(value, Words::priority) : Words.priority(value);
        if (priority == null) {
            errors.add(error(row, Field.PRIORITY, value, "is not a priority we know; use None, Low, Medium, High or Urgent"));
        }
        return priority;
    }

    private UUID assignee(RowSource.SourceRow row, List<RowError> errors) {
        String value = clean(row.cell(columns.of(Field.ASSIGNEE))).strip();
        if (value.isEmpty() || value.equalsIgnoreCase("unassigned")) {
            return null;
        }
        UUID member = lookups.member(value);
        if (member == null || member.equals(Lookups.AMBIGUOUS)) {
            errors.add(error(row, Field.ASSIGNEE, value, member == null
                    ? "is no member of this workspace (use an email, name or login of a member)"
                    : "matches several members; use the email"));
            return null;
        }
        return member;
    }

    private LocalDate due(RowSource.SourceRow row, List<RowError> errors) {
        String value = row.cell(columns.of(Field.DUE_DATE));
        if (value.isBlank()) {
            return null;
        }
        LocalDate date = dueDates.parse(value);
        if (date == null) {
            errors.add(error(row, Field.DUE_DATE, value, "is not a date (use YYYY-MM-DD, or state the format at upload)"));
        }
        return date;
    }

    private UUID project(RowSource.SourceRow row, List<RowError> errors) {
        String value = clean(row.cell(columns.of(Field.PROJECT))).strip();
        if (value.isEmpty()) {
            return defaultProject;
        }
        Project project = lookups.project(value);
        if (project == null || project.archived()) {
            errors.add(error(row, Field.PROJECT, value, project == null
                    ? "is no project of this workspace" : "is an archived project; restore it first"));
            return null;
        }
        return project.id();
    }

    private String text(RowSource.SourceRow row, Field field, List<RowError> errors) {
        String value = clean(row.cell(columns.of(field)));
        if (value.indexOf('\u0000') >= 0) {
            errors.add(error(row, field, value.replace('\u0000', ' '), "contains a NUL character"));
            return "";
        }
        return value;
    }

    /** Undoes our export's formula neutralisation. */
    static String clean(String value) {
        return SpreadsheetText.restore(value);
    }

    private static boolean tooLong(String value, int max) {
        return value.length() > max && value.codePointCount(0, value.length()) > max;
    }

    private RowError error(RowSource.SourceRow row, Field field, String value, String reason) {
        return RowError.of(row.number(), columns.name(field), value, reason);
    }
}
