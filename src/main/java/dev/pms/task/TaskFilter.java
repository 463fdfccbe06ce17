package dev.pms.task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The filters of the task list (DESIGN §5). Empty lists and nulls mean "any".
 *
 * @param assignee   {@link Assignee#any()}, {@link Assignee#none()} or one user ("me" is resolved by the caller)
 * @param dueBefore  due on or before this day
 * @param dueAfter   due on or after this day
 * @param query      full-text search in title and description
 * @param labelIds   tasks with any of these labels, or with all of them when {@code allLabels}
 * @param state      a board column's state, or null for any
 */
public record TaskFilter(List<UUID> projectIds, List<TaskStatus> statuses, Assignee assignee,
                         LocalDate dueBefore, LocalDate dueAfter, String query, List<UUID> labelIds, boolean allLabels,
                         StateColumn state) {

    public TaskFilter {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        labelIds = labelIds == null ? List.of() : labelIds.stream().distinct().toList();
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        assignee = assignee == null ? Assignee.any() : assignee;
        query = query == null || query.isBlank() ? null : query.trim();
    }

    public TaskFilter(List<UUID> projectIds, List<TaskStatus> statuses, Assignee assignee,
                      LocalDate dueBefore, LocalDate dueAfter, String query, List<UUID> labelIds, boolean allLabels) {
        this(projectIds, statuses, assignee, dueBefore, dueAfter, query, labelIds, allLabels, null);
    }

    public TaskFilter(List<UUID> projectIds, List<TaskStatus> statuses, Assignee assignee,
                      LocalDate dueBefore, LocalDate dueAfter, String query) {
        this(projectIds, statuses, assignee, dueBefore, dueAfter, query, List.of(), false);
    }

    public static TaskFilter all() {
        return new TaskFilter(List.of(), List.of(), Assignee.any(), null, null, null);
    }

    /**
     * The tasks of one state: those that name it, and when it is the first of its category also those that name none
     * (filter its category too, so that the board's index by status serves it).
     */
    public record StateColumn(UUID stateId, boolean first) {
    }

    /** Who a task is assigned to, as a filter: anyone, nobody, or one member. */
    public record Assignee(boolean unassigned, UUID userId) {
        public static Assignee any() {
            return new Assignee(false, null);
        }

        public static Assignee none() {
            return new Assignee(true, null);
        }

        public static Assignee user(UUID userId) {
            return new Assignee(false, userId);
        }
    }
}
