package dev.pms.task;

import java.time.LocalDate;

/**
 * A task as an export writes it: the columns the import reads back. {@code parentKey}: the parent's key, or null;
 * {@code labels}: the names of its labels, A to Z, comma-separated ("" for none); {@code links}: its links as seen from
 * it, "blocks WEB-3; relates to WEB-5" ("" for none), blocked-by written from the other end as the API says it.
 */
public record TaskExportRow(String key, String title, String description, TaskStatus status, Priority priority,
                            String assigneeEmail, LocalDate dueDate, String projectName, String parentKey, String labels,
                            String links) {
}
