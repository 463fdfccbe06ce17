package dev.pms.task;

import java.time.LocalDate;
import java.util.UUID;

/** A new task; status and priority default to TODO and NONE. */
public record CreateTaskCommand(UUID projectId, String title, String description, TaskStatus status, Priority priority,
                                UUID assigneeId, LocalDate dueDate) {
}
