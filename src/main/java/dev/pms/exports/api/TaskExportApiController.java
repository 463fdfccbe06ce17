package dev.pms.exports.api;

import dev.pms.exports.ExportFormat;
import dev.pms.exports.TaskExporter;
import dev.pms.platform.web.ProblemException;
import dev.pms.task.TaskFilter;
import dev.pms.task.TaskSort;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
class TaskExportApiController {
    private final TaskExporter exporter;

    TaskExportApiController(TaskExporter exporter) {
        this.exporter = exporter;
    }

    /** Every task the list's filters select, streamed as CSV or XLSX with the columns an import reads back. */
    @GetMapping("/tasks/export")
    @RequiresPermission(Permission.READ)
    void export(WorkspaceAccess access, @RequestParam(required = false) String format,
                @RequestParam(required = false) List<UUID> project,
                @RequestParam(required = false) List<TaskStatus> status, @RequestParam(required = false) String assignee,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "POSITION") TaskSort sort,
                HttpServletResponse response) {
        ExportFormat chosen = ExportFormat.parse(format);
        TaskFilter filter = new TaskFilter(project, status, assignee(access, assignee), dueBefore, dueAfter, q);
        exporter.export(access, filter, sort, chosen, () -> download(response, chosen));
    }

    /** The file's headers, set only when its rows are ready: a refusal before that is a plain problem response. */
    private static OutputStream download(HttpServletResponse response, ExportFormat format) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"tasks-" + LocalDate.now() + "." + format.extension() + "\"");
        return response.getOutputStream();
    }

    private static TaskFilter.Assignee assignee(WorkspaceAccess access, String value) {
        if (value == null || value.isBlank()) {
            return TaskFilter.Assignee.any();
        }
        return switch (value) {
            case "me" -> TaskFilter.Assignee.user(access.userId());
            case "none" -> TaskFilter.Assignee.none();
            default -> {
                try {
                    yield TaskFilter.Assignee.user(UUID.fromString(value));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("assignee", "must be 'me', 'none' or a user id");
                }
            }
        };
    }
}
