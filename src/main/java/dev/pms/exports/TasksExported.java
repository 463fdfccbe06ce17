package dev.pms.exports;

import dev.pms.task.TaskFilter;
import dev.pms.task.TaskSort;
import dev.pms.workspace.WorkspaceAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Someone downloaded the tasks a filter selects; {@code filter} says which, as the list's query parameters would. */
public record TasksExported(UUID workspaceId, UUID actorId, ExportFormat format, String filter) {

    static TasksExported of(WorkspaceAccess access, TaskFilter filter, TaskSort sort, ExportFormat format) {
        return new TasksExported(access.workspaceId(), access.userId(), format, describe(filter, sort));
    }

    static String describe(TaskFilter filter, TaskSort sort) {
        List<String> parts = new ArrayList<>();
        filter.projectIds().forEach(p -> parts.add("project=" + p));
        filter.statuses().forEach(s -> parts.add("status=" + s.name()));
        if (filter.assignee().unassigned()) {
            parts.add("assignee=none");
        } else if (filter.assignee().userId() != null) {
            parts.add("assignee=" + filter.assignee().userId());
        }
        if (filter.dueAfter() != null) {
            parts.add("dueAfter=" + filter.dueAfter());
        }
        if (filter.dueBefore() != null) {
            parts.add("dueBefore=" + filter.dueBefore());
        }
        if (filter.query() != null) {
            parts.add("q=" + filter.query());
        }
        parts.add("sort=" + sort.name());
        return parts.stream().collect(Collectors.joining(" "));
    }
}
