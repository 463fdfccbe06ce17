package dev.pms.task;

import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The task filters as query parameters, shared by every view of a task list (API list and count, the table
 * page, export):
 * {@code ?project=&status=&status=&assignee=me|none|<id>&dueBefore=&dueAfter=&q=}; read from a request by
 * {@link TaskFilterParamsResolver}.
 */
public record TaskFilterParams(List<UUID> project, List<TaskStatus> status, String assignee,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter, String q) {

    public TaskFilter toFilter(WorkspaceAccess access) {
        return new TaskFilter(project, status, assignee(access), dueBefore, dueAfter, q);
    }

    private TaskFilter.Assignee assignee(WorkspaceAccess access) {
        if (assignee == null || assignee.isBlank()) {
            return TaskFilter.Assignee.any();
        }
        return switch (assignee) {
            case "me" -> TaskFilter.Assignee.user(access.userId());
            case "none" -> TaskFilter.Assignee.none();
            default -> {
                try {
                    yield TaskFilter.Assignee.user(UUID.fromString(assignee));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("assignee", "must be 'me', 'none' or a user id");
                }
            }
        };
    }
}
