package dev.pms.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One validated row of an import, ready for COPY. {@code sourceRow} is its row number in the file;
 * with the import id it is unique, the last guard against loading a row twice. {@code externalKey} is the
 * task's key in the tool it came from (null when the file has none): a re-import of that key updates the task.
 */
public record ImportedTask(UUID projectId, String title, String description, TaskStatus status, Priority priority,
                           UUID assigneeId, LocalDate dueDate, int sourceRow, String externalKey) {
}
