package dev.pms.exports.api;

import dev.pms.exports.ExportFormat;
import dev.pms.exports.TaskExporter;
import dev.pms.task.TaskFilterParams;
import dev.pms.task.TaskSort;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

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
    void export(WorkspaceAccess access, @RequestParam(required = false) String format, TaskFilterParams filter,
                @RequestParam(defaultValue = "POSITION") TaskSort sort, HttpServletResponse response) {
        ExportFormat chosen = ExportFormat.parse(format);
        exporter.export(access, filter.toFilter(access), sort, chosen, () -> download(response, chosen));
    }

    /** The file's headers, set only when its rows are ready: a refusal before that is a plain problem response. */
    private static OutputStream download(HttpServletResponse response, ExportFormat format) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"tasks-" + LocalDate.now() + "." + format.extension() + "\"");
        return response.getOutputStream();
    }
}
