package dev.pms.task.web;

import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.Priority;
import dev.pms.task.Task;
import dev.pms.task.TaskEditConflict;
import dev.pms.task.TaskFields;
import dev.pms.task.TaskQueries;
import dev.pms.task.TaskService;
import dev.pms.task.TaskStatus;
import dev.pms.task.UpdateTaskCommand;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Saves one field of the task panel as soon as it changes (no Save button). The answer is the field again, "Saved",
 * with the task's new version for the next change; after someone else's change the field shows the current value
 * and says so, with the current version, so that the next change saves.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks")
class TaskFieldController {
    static final String CHANGED = "pms:task-changed";
    private static final String STALE = "Someone else changed this task meanwhile: this is its current value. Change it again to save yours.";
    private final TaskService tasks;
    private final TaskQueries queries;
    private final TaskPanelViews views;

    TaskFieldController(TaskService tasks, TaskQueries queries, TaskPanelViews views) {
        this.tasks = tasks;
        this.queries = queries;
        this.views = views;
    }

    @PostMapping("/{taskId}/field")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView save(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam String field,
                      @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "-1") int version,
                      @RequestParam(required = false) String was, HttpServletResponse response) {
        if (!TaskPanelViews.FIELDS.contains(field)) {
            throw ProblemException.invalid("field", "not a field of a task");
        }
        try {
            Task saved = save(access, taskId, field, value, version, was);
            response.setHeader("HX-Trigger", CHANGED);
            String companion = "stateId".equals(field) ? "status" : "status".equals(field) ? "stateId" : null;
            return Htmx.page("task/fieldSaved", new TaskPanelView.Saved(views.field(access, saved, field, null, "saved", "Saved"),
                    saved.version(), saved.title(), companion == null ? null : views.field(access, saved, companion, null, null, null)));
        } catch (TaskEditConflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return saved(conflict(access, e, field, value), e.current());
        } catch (ProblemException e) {
            Task current = queries.get(access, taskId);
            boolean stale = "stale-version".equals(e.type());
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(stale ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return saved(stale ? views.field(access, current, field, null, "conflict", STALE)
                    : views.field(access, current, field, value, "error", e.forPeople()), current);
        }
    }

    /**
     * With {@code was}, the value this person saw, a save made after someone else's change merges field by field
     * (DESIGN §10): another field changed meanwhile does not stop it; this same field changed is a conflict.
     */
    private Task save(WorkspaceAccess access, UUID taskId, String field, String value, int version, String was) {
        if ("stateId".equals(field)) {
            // a state is picked as a card is dropped on the board: the last choice wins (DESIGN §10)
            return tasks.update(access, taskId, change(field, value, queries.get(access, taskId).version()));
        }
        UpdateTaskCommand change = change(field, value, version);
        if (was == null) {
            return tasks.update(access, taskId, change);
        }
        TaskFields seen = TaskFields.of(queries.get(access, taskId)).with(change(field, was, version));
        return tasks.update(access, taskId, change, seen);
    }

    /**
     * Both changed this field: theirs is saved and named. Typed text is kept in the field, so the next change saves it;
     * a choice shows theirs and names yours, to pick again.
     */
    private TaskPanelView.FieldView conflict(WorkspaceAccess access, TaskEditConflict e, String field, String yours) {
        TaskPanelView.FieldView theirs = views.field(access, e.current(), field, null, null, null);
        boolean text = "text".equals(theirs.kind()) || "textarea".equals(theirs.kind());
        String yoursLabel = views.field(access, e.current(), field, yours, null, null).valueLabel();
        String message = e.forPeople().replace("Keep yours or theirs for each, then save again.", text
                ? "Theirs: “" + theirs.valueLabel() + "”. The field keeps yours: change it again to save it."
                : "It shows theirs; yours was “" + yoursLabel + "”: pick it again to keep it.");
        return views.field(access, e.current(), field, text ? yours : null, "conflict", message);
    }

    private static ModelAndView saved(TaskPanelView.FieldView field, Task task) {
        return Htmx.page("task/fieldSaved", new TaskPanelView.Saved(field, task.version(), task.title()));
    }

    /** The one-field change at {@code version}; a value that cannot be this field's is a bad request in words. */
    static UpdateTaskCommand change(String field, String value, int version) {
        try {
            return switch (field) {
                case "title" -> new UpdateTaskCommand(version, null, title(value), null, null, null, null, null);
                case "description" -> new UpdateTaskCommand(version, null, null, description(value), null, null, null, null);
                case "status" -> new UpdateTaskCommand(version, null, null, null, TaskStatus.valueOf(value), null, null, null);
                case "stateId" -> new UpdateTaskCommand(version, null, null, null, null, null, null, null, UUID.fromString(value), null);
                case "priority" -> new UpdateTaskCommand(version, null, null, null, null, Priority.valueOf(value), null, null);
                case "projectId" -> new UpdateTaskCommand(version, UUID.fromString(value), null, null, null, null, null, null);
                case "assigneeId" -> new UpdateTaskCommand(version, null, null, null, null, null,
                        value.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(value)), null);
                default -> new UpdateTaskCommand(version, null, null, null, null, null, null,
                        value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value)));
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid(field, "this is not a value the field can take");
        }
    }

    private static String title(String value) {
        if (value.isBlank() || value.strip().length() > 500) {
            throw ProblemException.invalid("title", "give the task a title of 1 to 500 characters");
        }
        return value;
    }

    private static String description(String value) {
        if (value.length() > 100_000) {
            throw ProblemException.invalid("description", "keep the description under 100,000 characters");
        }
        return value;
    }
}
