package dev.pms.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a bulk edit does to each selected task. A null field is left as it is; an empty Optional clears the assignee or
 * the due date. {@code delete} deletes the tasks and may not be combined with a change.
 */
public record BulkChange(TaskStatus status, Priority priority, Optional<UUID> assignee, Optional<LocalDate> dueDate,
                         List<UUID> addLabels, List<UUID> removeLabels, boolean delete) {

    public BulkChange {
        addLabels = addLabels == null ? List.of() : addLabels.stream().distinct().toList();
        removeLabels = removeLabels == null ? List.of() : removeLabels.stream().distinct().toList();
    }

    boolean changesFields() {
        return status != null || priority != null || assignee != null || dueDate != null;
    }

    boolean changesLabels() {
        return !addLabels.isEmpty() || !removeLabels.isEmpty();
    }

    boolean empty() {
        return !delete && !changesFields() && !changesLabels();
    }
}
