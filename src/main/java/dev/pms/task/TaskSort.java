package dev.pms.task;

/**
 * The orders a task list may take, each a whitelisted SQL key plus the id as tie-breaker, so that keyset
 * pages are stable. {@code cast} types the cursor's text back into the key's SQL type.
 */
public enum TaskSort {
    POSITION("t.position", "double precision", false),
    DUE("coalesce(t.due_date, 'infinity'::date)", "date", false),
    CREATED("t.created_at", "timestamptz", true),
    PRIORITY(Priority.sqlRank("t.priority"), "integer", true),
    TITLE("lower(t.title)", "text", false),
    /** Along the workflow, backlog first. */
    STATUS(TaskStatus.sqlRank("t.status"), "integer", false),
    /** Best matches of a search first ({@link TaskSearch#RANK}); only with a search. */
    RELEVANCE(TaskSearch.RANK, "double precision", true);

    private final String key;
    private final String sqlType;
    private final boolean descending;

    TaskSort(String key, String sqlType, boolean descending) {
        this.key = key;
        this.sqlType = sqlType;
        this.descending = descending;
    }

    /** The order asked for; without one, a search lists its best matches first and other lists take {@code otherwise}. */
    public static TaskSort chosen(TaskSort asked, String query, TaskSort otherwise) {
        if (asked != null) {
            return asked;
        }
        return query != null && !query.isBlank() ? RELEVANCE : otherwise;
    }

    /** Whether the list runs from the highest value down (newest, most urgent first): what a sorted column announces. */
    public boolean descending() {
        return descending;
    }

    /** The direction asked for, or this order's own when {@code asked} is null ("asc" or "desc"). */
    public boolean descending(String asked) {
        if (asked == null || asked.isBlank()) {
            return descending;
        }
        return switch (asked) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw dev.pms.platform.web.ProblemException.invalid("direction", "must be 'asc' or 'desc'");
        };
    }

    String orderBy() {
        return orderBy(descending);
    }

    /** Key then id, both the same way, so that a keyset page in either direction continues exactly after its last row. */
    String orderBy(boolean desc) {
        String direction = desc ? " desc" : "";
        return key + direction + ", t.id" + direction;
    }

    String after(boolean desc) {
        return "(" + key + ", t.id) " + (desc ? "<" : ">") + " (cast(:afterKey as " + sqlType + "), cast(:afterId as uuid))";
    }

    String key() {
        return key;
    }
}
