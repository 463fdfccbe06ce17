package dev.pms.imports.parse;

import dev.pms.imports.RowError;

import dev.pms.imports.parse.Columns.Field;
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
    private final RowMapping mapping;
    // files repeat a handful of status and priority words a million times: map each spelling once
    private final Map<String, TaskStatus> statuses = new HashMap<>();
    private final Map<String, Priority> priorities = new HashMap<>();

    /**
     * A mapped row: the task, or the errors when {@code task} is null; {@code originalAssignee} names the person
     * a row assigned who is imported as unassigned.
     */
    public record Mapped(ImportedTask task, List<RowError> errors, String originalAssignee) {
    }

    /** {@code mapping} null: a one-shot import, where a value that names no project, member or word is an error. */
    public TaskRowReader(Columns columns, Lookups lookups, UUID defaultProject, DueDates dueDates, RowMapping mapping) {
        this.columns = columns;
        this.lookups = lookups;
        this.defaultProject = defaultProject;
        this.dueDates = dueDates;
        this.mapping = mapping;
    }

    public Mapped map(RowSource.SourceRow row) {
        List<RowError> errors = new ArrayList<>(0);
        if (row.errors() != null) {
            spreadsheetErrors(row, errors);
        }
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
        String key = key(row, errors);
        if (!errors.isEmpty()) {
            return new Mapped(null, errors, null);
        }
        String original = RowMapping.UNASSIGNED.equals(assignee) ? RowMapping.firstPerson(row.cell(columns.of(Field.ASSIGNEE))) : null;
        return new Mapped(new ImportedTask(project, title, description, status, priority, original != null ? null : assignee, due,
                row.number(), key), List.of(), original);
    }

    /**
     * A mapped cell that shows a spreadsheet error rejects its row, naming the error: the value its author meant (a
     * computed due date, a looked-up assignee) is unknown, and importing the task without it would lose it silently.
     * An error in a column the import ignores changes nothing.
     */
    private void spreadsheetErrors(RowSource.SourceRow row, List<RowError> errors) {
        for (int i = 0; i < row.errors().length; i++) {
            if (row.errors()[i] != null && columns.fieldAt(i) != null) {
                errors.add(RowError.of(row.number(), columns.names().get(i), row.errors()[i],
                        "shows the spreadsheet error " + row.errors()[i] + " instead of a value; correct or clear the cell"));
            }
        }
    }

    private String key(RowSource.SourceRow row, List<RowError> errors) {
        String value = row.cell(columns.of(Field.KEY)).strip();
        if (value.length() > 200) {
            errors.add(error(row, Field.KEY, value, "is longer than 200 characters; a key names a task"));
        }
        return value.isEmpty() ? null : value;
    }

    private TaskStatus status(RowSource.SourceRow row, List<RowError> errors) {
        if (columns.of(Field.COMPLETED) >= 0 && Words.completed(row.cell(columns.of(Field.COMPLETED)))) {
            return TaskStatus.DONE;
        }
        String value = row.cell(columns.of(Field.STATUS));
        TaskStatus status = statuses.size() < WORD_CACHE ? statuses.computeIfAbsent(value, this::statusOf) : statusOf(value);
        if (status == null) {
            errors.add(error(row, Field.STATUS, value, "is not a status we know; use Backlog, To Do, In Progress, In Review or Done"));
        }
        return status;
    }

    private Priority priority(RowSource.SourceRow row, List<RowError> errors) {
        String value = row.cell(columns.of(Field.PRIORITY));
        Priority priority = priorities.size() < WORD_CACHE ? priorities.computeIfAbsent(value, this::priorityOf) : priorityOf(value);
        if (priority == null) {
            errors.add(error(row, Field.PRIORITY, value, "is not a priority we know; use None, Low, Medium, High or Urgent"));
        }
        return priority;
    }

    private TaskStatus statusOf(String value) {
        if (mapping == null) {
            return Words.status(value);
        }
        TaskStatus mapped = mapping.statuses().get(Columns.normalize(value));
        return mapped != null ? mapped : Words.proposeStatus(value);
    }

    private Priority priorityOf(String value) {
        if (mapping == null) {
            return Words.priority(value);
        }
        Priority mapped = mapping.priorities().get(Columns.normalize(value));
        return mapped != null ? mapped : Words.proposePriority(value);
    }

    private UUID assignee(RowSource.SourceRow row, List<RowError> errors) {
        String value = row.cell(columns.of(Field.ASSIGNEE)).strip();
        if (value.isEmpty() || value.equalsIgnoreCase("unassigned")) {
            return null;
        }
        if (mapping != null) {
            return mappedAssignee(row, value, errors);
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

    /** A person the mapping names, else a member by name, else unassigned: the mapping's rule for values it did not list. */
    private UUID mappedAssignee(RowSource.SourceRow row, String value, List<RowError> errors) {
        UUID mapped = mapping.people().get(RowMapping.key(RowMapping.firstPerson(value)));
        if (RowMapping.REJECTED.equals(mapped)) {
            errors.add(error(row, Field.ASSIGNEE, value, "is a person whose rows were set to be rejected in the preview"));
            return null;
        }
        if (mapped != null) {
            return mapped;
        }
        UUID member = lookups.member(value);
        return member == null || member.equals(Lookups.AMBIGUOUS) ? RowMapping.UNASSIGNED : member;
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
        String value = row.cell(columns.of(Field.PROJECT)).strip();
        UUID mapped = value.isEmpty() || mapping == null ? null : mapping.projects().get(RowMapping.key(value));
        if (value.isEmpty() || RowMapping.DEFAULT_PROJECT.equals(mapped)) {
            if (defaultProject == null) {
                errors.add(error(row, Field.PROJECT, value, "names no project we have, and no default project was chosen"));
            }
            return defaultProject;
        }
        if (mapped != null) {
            return mapped;
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
        String value = row.cell(columns.of(field));
        if (value.indexOf('\u0000') >= 0) {
            errors.add(error(row, field, value.replace('\u0000', ' '), "contains a NUL character"));
            return "";
        }
        return value;
    }


    private static boolean tooLong(String value, int max) {
        return value.length() > max && value.codePointCount(0, value.length()) > max;
    }

    private RowError error(RowSource.SourceRow row, Field field, String value, String reason) {
        return RowError.of(row.number(), columns.name(field), value, reason);
    }
}
