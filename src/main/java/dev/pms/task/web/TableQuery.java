package dev.pms.task.web;

import dev.pms.task.TaskFilter;
import dev.pms.task.TaskFilterParams;
import dev.pms.task.TaskSort;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The table's filters and order exactly as they stand in the URL (the API's parameter names), so that a
 * filtered view can be bookmarked, shared, paged, counted and exported with the same query string.
 */
record TableQuery(List<UUID> project, List<TaskStatus> status, String assignee,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                  String q, TaskSort sort, String direction, List<UUID> label, String labelMode, List<String> col) {

    TableQuery {
        project = project == null ? List.of() : List.copyOf(project);
        status = status == null ? List.of() : List.copyOf(status);
        assignee = assignee == null || assignee.isBlank() ? null : assignee.trim();
        q = q == null || q.isBlank() ? null : q.trim();
        label = label == null ? List.of() : List.copyOf(label);
        labelMode = labelMode == null || labelMode.isBlank() ? null : labelMode.trim();
        sort = TaskSort.chosen(sort, q, TaskSort.CREATED);
        direction = direction == null || direction.isBlank() ? null : direction.trim();
        col = col == null ? List.of() : TableColumn.known(col);
    }

    /** Whether the rows run from the highest value down: the direction asked for, else the order's own. */
    boolean descending() {
        return sort.descending(direction);
    }

    /** The same parsing as the API's list, count and export, so that the page shows what they would. */
    TaskFilter filter(WorkspaceAccess access) {
        return new TaskFilterParams(project, status, assignee, dueBefore, dueAfter, q, label, labelMode).toFilter(access);
    }

    /** The query string of these filters, with another order; {@code null} keeps the current one (and its direction). */
    String query(TaskSort order) {
        return query(order, order == null ? direction : null);
    }

    /** The query string with {@code order} in direction {@code dir} ("asc", "desc", or null for the order's own). */
    String query(TaskSort order, String dir) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        project.forEach(p -> uri.queryParam("project", p));
        status.forEach(s -> uri.queryParam("status", s.name()));
        add(uri, "assignee", assignee);
        add(uri, "dueAfter", dueAfter);
        add(uri, "dueBefore", dueBefore);
        add(uri, "q", q);
        label.forEach(l -> uri.queryParam("label", l));
        add(uri, "labelMode", labelMode);
        uri.queryParam("sort", (order == null ? sort : order).name());
        add(uri, "direction", dir);
        col.forEach(c -> uri.queryParam("col", c));
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    boolean filtered() {
        return !project.isEmpty() || !status.isEmpty() || assignee != null || dueAfter != null || dueBefore != null || q != null
                || !label.isEmpty();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
