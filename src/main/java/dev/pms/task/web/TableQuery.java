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
                  String q, TaskSort sort, List<UUID> label, String labelMode) {

    TableQuery {
        project = project == null ? List.of() : List.copyOf(project);
        status = status == null ? List.of() : List.copyOf(status);
        assignee = assignee == null || assignee.isBlank() ? null : assignee.trim();
        q = q == null || q.isBlank() ? null : q.trim();
        label = label == null ? List.of() : List.copyOf(label);
        labelMode = labelMode == null || labelMode.isBlank() ? null : labelMode.trim();
        sort = TaskSort.chosen(sort, q, TaskSort.CREATED);
    }

    /** The same parsing as the API's list, count and export, so that the page shows what they would. */
    TaskFilter filter(WorkspaceAccess access) {
        return new TaskFilterParams(project, status, assignee, dueBefore, dueAfter, q, label, labelMode).toFilter(access);
    }

    /** The query string of these filters, with another order; {@code null} keeps the current one. */
    String query(TaskSort order) {
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
