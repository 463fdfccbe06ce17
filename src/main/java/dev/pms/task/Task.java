package dev.pms.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task as stored; {@code version} guards concurrent edits (a stale one answers 409). {@code number} counts in its
 * project and {@code key} says both to people: WEB-12. {@code labels}: the names of its labels, A to Z.
 */
public record Task(UUID id, UUID projectId, String title, String description, TaskStatus status, Priority priority,
                   UUID assigneeId, LocalDate dueDate, double position, UUID importId,
                   UUID createdBy, Instant createdAt, UUID updatedBy, Instant updatedAt, int version, int number,
                   String key, List<String> labels) {

    public Task {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
