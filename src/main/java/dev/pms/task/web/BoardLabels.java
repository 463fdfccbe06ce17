package dev.pms.task.web;

import dev.pms.task.TaskFilter;
import dev.pms.task.TaskFilterParams;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/** The board's label filter as it stands in the URL ({@code ?label=&labelMode=}), parsed as the task list parses it. */
record BoardLabels(List<UUID> label, String mode) {

    BoardLabels {
        label = label == null ? List.of() : List.copyOf(label);
        mode = mode == null || mode.isBlank() ? null : mode.strip();
    }

    TaskFilter filter(WorkspaceAccess access) {
        return new TaskFilterParams(List.of(), List.of(), null, null, null, null, label, mode).toFilter(access);
    }

    List<String> chosen() {
        return label.stream().map(UUID::toString).toList();
    }

    /** The filter as a query string after {@code separator} ("?" or "&"), or nothing when no label is chosen. */
    String query(String separator) {
        if (label.isEmpty()) {
            return "";
        }
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        label.forEach(l -> uri.queryParam("label", l));
        if (mode != null) {
            uri.queryParam("labelMode", mode);
        }
        return separator + uri.encode().build().getQuery();
    }
}
