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
 * {@code ?project=&status=&status=&assignee=me|none|<id>&dueBefore=&dueAfter=&q=&label=&labelMode=any|all}; read from a
 * request by {@link TaskFilterParamsResolver}.
 */
public record TaskFilterParams(List<UUID> project, List<TaskStatus> status, String assignee,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter, String q,
                               List<UUID> label, String labelMode) {

    public TaskFilterParams(List<UUID> project, List<TaskStatus> status, String assignee, LocalDate dueBefore,
                            LocalDate dueAfter, String q) {
        this(project, status, assignee, dueBefore, dueAfter, q, List.of(), null);
    }

    public TaskFilter toFilter(WorkspaceAccess access) {
        return new TaskFilter(project, status, assignee(access), dueBefore, dueAfter, q, label, allLabels());
    }

    private boolean allLabels() {
        if (labelMode == null || labelMode.isBlank() || labelMode.equals("any")) {
            return false;
        }
        if (labelMode.equals("all")) {
            return true;
        }
        throw ProblemException.invalid("labelMode", "must be 'any' or 'all'");
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
