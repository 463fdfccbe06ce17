package dev.pms.task.web;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** The task form as posted; an empty assignee or due date means none. */
record TaskForm(String title, String description, UUID projectId, TaskStatus status, Priority priority, UUID assigneeId,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Integer version) {

    TaskForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        status = status == null ? TaskStatus.TODO : status;
        priority = priority == null ? Priority.NONE : priority;
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
