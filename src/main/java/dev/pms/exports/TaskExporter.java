package dev.pms.exports;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.pms.platform.SpreadsheetText;
import dev.pms.platform.web.DatabaseFailures;
import dev.pms.platform.web.ProblemException;
import dev.pms.task.TaskExportRow;
import dev.pms.task.TaskFilter;
import dev.pms.task.TaskQueries;
import dev.pms.task.TaskSort;
import dev.pms.workspace.WorkspaceAccess;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes the tasks a filter selects straight from a database cursor to the response: memory stays flat
 * for a million rows. Excel cells are inline strings (no shared-string table growing with the export).
 * Exports run on the reads pool, a few at a time and at most a few per person (ExportSlots); the others wait
 * for a connection, and one that waits longer than the pool allows is told to come back later before
 * anything of the file is written.
 */
@Service
public class TaskExporter {
    /** The columns an import reads back; statuses and priorities are written as pages name them, which imports map back. */
    private static final String[] HEADER = {"Key", "Title", "Description", "Status", "Priority", "Assignee", "Due Date", "Project", "Parent", "Labels", "Links"};
    private static final int FLUSH_EVERY_ROWS = 1000;
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private final TaskQueries tasks;
    private final ExportSlots slots;
    private final ApplicationEventPublisher events;

    TaskExporter(TaskQueries tasks, ExportSlots slots, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.slots = slots;
        this.events = events;
    }

    /** Where an export goes; opened only once the rows are ready, so that a refusal can still be an error response. */
    @FunctionalInterface
    public interface Output {
        OutputStream open() throws IOException;
    }

    public void export(WorkspaceAccess access, TaskFilter filter, TaskSort sort, ExportFormat format, Output output) {
        try (ExportSlots.Turn turn = slots.take(access.userId())) {
            tasks.export(access, filter, sort, rows -> {
                events.publishEvent(TasksExported.of(access, filter, sort, format)); // once rows flow: a refused export is none
                write(format, rows, output);
            });
        } catch (CannotCreateTransactionException e) {
            if (DatabaseFailures.isPoolBusy(e)) {
                throw ProblemException.busy("exports-busy", "Too many exports are running; try again in a minute", RETRY_AFTER);
            }
            throw e;
        }
    }

    private static void write(ExportFormat format, Stream<TaskExportRow> rows, Output output) {
        try {
            if (format == ExportFormat.CSV) {
                csv(rows, output.open());
            } else {
                xlsx(rows, output.open());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Export interrupted", e);
        }
    }

    private static void csv(Stream<TaskExportRow> rows, OutputStream out) throws IOException {
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // tells Excel the file is UTF-8
        try (CsvWriter csv = CsvWriter.builder().bufferSize(1 << 16)
                .quoteStrategy(SpreadsheetText.QUOTE_NEUTRALISED).build(out, StandardCharsets.UTF_8)) {
            csv.writeRecord(HEADER);
            rows.forEach(row -> csv.writeRecord(row.key(), SpreadsheetText.neutral(row.title()),
                    SpreadsheetText.neutral(row.description()), row.status().label(), row.priority().label(),
                    SpreadsheetText.neutral(row.assigneeEmail()), row.dueDate() == null ? "" : row.dueDate().toString(),
                    SpreadsheetText.neutral(row.projectName()), Objects.requireNonNullElse(row.parentKey(), ""),
                    SpreadsheetText.neutral(row.labels()), row.links()));
        }
    }

    private static void xlsx(Stream<TaskExportRow> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "PMS", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tasks");
        for (int c = 0; c < HEADER.length; c++) {
            sheet.inlineString(0, c, HEADER[c]);
        }
        int[] next = {1};
        rows.forEach(row -> {
            write(sheet, next[0], row);
            if (next[0]++ % FLUSH_EVERY_ROWS == 0) {
                flush(sheet);
            }
        });
        workbook.finish();
    }

    private static void write(Worksheet sheet, int r, TaskExportRow row) {
        sheet.inlineString(r, 0, row.key());
        text(sheet, r, 1, row.title());
        text(sheet, r, 2, row.description());
        sheet.inlineString(r, 3, row.status().label());
        sheet.inlineString(r, 4, row.priority().label());
        text(sheet, r, 5, row.assigneeEmail());
        if (row.dueDate() != null) {
            sheet.value(r, 6, row.dueDate());
            sheet.style(r, 6).format("yyyy-mm-dd").set();
        }
        text(sheet, r, 7, row.projectName());
        text(sheet, r, 8, row.parentKey());
        text(sheet, r, 9, row.labels());
        text(sheet, r, 10, row.links());
    }

    /**
     * A string cell is text to a spreadsheet, never a formula (that would be an {@code <f>} element): no guard is
     * needed, and none is added, so the cell shows what the task says. The formula guard belongs to CSV.
     */
    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(r, c, value);
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
