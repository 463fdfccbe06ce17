package dev.pms.task;

import java.time.LocalDate;

/** A task as an export writes it: the columns the import reads back. */
public record TaskExportRow(String key, String title, String description, TaskStatus status, Priority priority,
                            String assigneeEmail, LocalDate dueDate, String projectName) {
}
