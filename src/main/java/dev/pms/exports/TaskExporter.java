package dev.pms.exports;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.pms.task.TaskExportRow;
import dev.pms.task.TaskFilter;
import dev.pms.task.TaskQueries;
import dev.pms.task.TaskSort;
import dev.pms.workspace.WorkspaceAccess;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the tasks a filter selects straight from a database cursor to the response: memory stays flat
 * for a million rows. Excel cells are inline strings (no shared-string table growing with the export).
 */
@Service
public class TaskExporter {
    private static final int FLUSH_EVERY_ROWS = 1000;
    private final TaskQueries tasks;

    TaskExporter(TaskQueries tasks) {
        this.tasks = tasks;
    }

    public void export(WorkspaceAccess access, TaskFilter filter, TaskSort sort, ExportFormat format, OutputStream out) {
        try {
            if (format == ExportFormat.CSV) {
                csv(access, filter, sort, out);
            } else {
                xlsx(access, filter, sort, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Export interrupted", e);
        }
    }

    private void csv(WorkspaceAccess access, TaskFilter filter, TaskSort sort, OutputStream out) throws IOException {
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // tells Excel the file is UTF-8
        try (CsvWriter csv = CsvWriter.builder().bufferSize(1 << 16).build(out, StandardCharsets.UTF_8)) {
            csv.writeRecord(Cells.HEADER);
            tasks.export(access, filter, sort, row -> csv.writeRecord(Cells.neutral(row.title()),
                    Cells.neutral(row.description()), Cells.status(row.status()), Cells.priority(row.priority()),
                    Cells.neutral(row.assigneeEmail()), row.dueDate() == null ? "" : row.dueDate().toString(),
                    Cells.neutral(row.projectName())));
        }
    }

    private void xlsx(WorkspaceAccess access, TaskFilter filter, TaskSort sort, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "PMS", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tasks");
        for (int c = 0; c < Cells.HEADER.length; c++) {
            sheet.inlineString(0, c, Cells.HEADER[c]);
        }
        int[] next = {1};
        tasks.export(access, filter, sort, row -> {
            write(sheet, next[0], row);
            if (next[0]++ % FLUSH_EVERY_ROWS == 0) {
                flush(sheet);
            }
        });
        workbook.finish();
    }

    private static void write(Worksheet sheet, int r, TaskExportRow row) {
        text(sheet, r, 0, row.title());
        text(sheet, r, 1, row.description());
        sheet.inlineString(r, 2, Cells.status(row.status()));
        sheet.inlineString(r, 3, Cells.priority(row.priority()));
        text(sheet, r, 4, row.assigneeEmail());
        if (row.dueDate() != null) {
            sheet.value(r, 5, row.dueDate());
            sheet.style(r, 5).format("yyyy-mm-dd").set();
        }
        text(sheet, r, 6, row.projectName());
    }

    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(r, c, Cells.neutral(value));
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
