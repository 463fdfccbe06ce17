package dev.pms.task.web;

import dev.pms.task.Priority;
import dev.pms.task.Task;
import dev.pms.task.TaskChanged;
import dev.pms.task.TaskFields;
import dev.pms.task.TaskStatus;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The task form as posted; an empty assignee or due date means none. */
record TaskForm(String title, String description, UUID projectId, TaskStatus status, Priority priority, UUID assigneeId,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Integer version, String seen,
                List<TaskChanged.Field> useTheirs) {

    TaskForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        status = status == null ? TaskStatus.TODO : status;
        priority = priority == null ? Priority.NONE : priority;
        useTheirs = useTheirs == null ? List.of() : useTheirs;
    }

    /** This form with the fields the person chose to keep as saved ({@link #useTheirs}) taken from {@code task}. */
    TaskForm withTheirs(Task task) {
        if (useTheirs.isEmpty()) {
            return this;
        }
        TaskFields t = TaskFields.of(task);
        return new TaskForm(pick(TaskChanged.Field.TITLE, t.title(), title), pick(TaskChanged.Field.DESCRIPTION, t.description(), description),
                pick(TaskChanged.Field.PROJECT, t.projectId(), projectId), pick(TaskChanged.Field.STATUS, t.status(), status),
                pick(TaskChanged.Field.PRIORITY, t.priority(), priority), pick(TaskChanged.Field.ASSIGNEE, t.assigneeId(), assigneeId),
                pick(TaskChanged.Field.DUE_DATE, t.dueDate(), dueDate), version, seen, List.of());
    }

    /** This form's values on top of {@code task} as saved now: saving it again keeps every value typed here. */
    TaskForm rebased(Task task) {
        return new TaskForm(title, description, projectId, status, priority, assigneeId, dueDate, task.version(),
                SeenFields.encode(TaskFields.of(task)), List.of());
    }

    private <T> T pick(TaskChanged.Field field, T theirs, T mine) {
        return useTheirs.contains(field) ? theirs : mine;
    }

    /** What is wrong with the form in words, or null. */
    String problem() {
        if (title.isBlank() || title.strip().length() > 500) {
            return "Give the task a title of 1 to 500 characters.";
        }
        if (description.length() > 100_000) {
            return "Keep the description under 100,000 characters.";
        }
        return projectId == null ? "Choose a project." : null;
    }
}
