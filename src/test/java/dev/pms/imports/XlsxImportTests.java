package dev.pms.imports;

import dev.pms.support.Slow;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Slow
class XlsxImportTests extends IntegrationTest {
    static final int ROWS = 100_000;
    static final String[] HEADER = {"Title", "Description", "Status", "Priority", "Assignee", "Due Date"};

    @Test
    void theSameRowsAsXlsxAndAsCsvImportToTheSameTasks() throws IOException {
        Team team = Team.create(port);
        List<String[]> rows = rows(team.get(Team.Seat.MANAGER));
        Response fromCsv = Uploads.importFile(team, "tasks.csv", csv(rows));
        Response fromXlsx = Uploads.importFile(team, "tasks.xlsx", xlsx(rows));
        assertThat(fromCsv.json().get("rowsInserted").asInt()).isEqualTo(ROWS);
        assertThat(fromXlsx.get("format")).isEqualTo("XLSX");
        assertThat(fromXlsx.json().get("rowsInserted").asInt()).isEqualTo(ROWS);
        assertThat(tasksOf(fromXlsx.get("id"))).isEqualTo(tasksOf(fromCsv.get("id")));
    }

    /** libreoffice.xlsx is libreoffice-source.csv converted by `libreoffice --headless --convert-to xlsx` (dates become date cells). */
    @Test
    void aWorkbookSavedByLibreOfficeImports() throws IOException {
        Team team = Team.create(port);
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/imports/libreoffice.xlsx")) {
            file = in.readAllBytes();
        }
        Response done = Uploads.importFile(team, "libreoffice.xlsx", file, "mode", "strict");
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(tasksOf(done.get("id"))).containsExactly(
                "Write the brief|Two pages, no more|TODO|HIGH|-|2024-03-20",
                "Review the brief||IN_PROGRESS|MEDIUM|-|2024-04-05",
                "1234|Numbers as titles stay text|DONE|LOW|-|-");
    }

    private List<String> tasksOf(String importId) {
        return jdbc.sql("""
                        select concat_ws('|', title, description, status, priority, coalesce(cast(assignee_id as text), '-'),
                                         coalesce(cast(due_date as text), '-'))
                        from tasks where import_id = cast(:id as uuid) order by source_row""")
                .param("id", importId).query(String.class).list();
    }

    /** Varied rows: quotes, commas, line breaks, other scripts, every status and priority word, some assignees and dates. */
    static List<String[]> rows(Api assignee) {
        String[] statuses = {"Open", "In Progress", "Done", "Backlog", "In Review", "Closed"};
        String[] priorities = {"Low", "Normal", "High", "Blocker", "", "Lowest"};
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            String title = switch (i % 4) {
                case 0 -> "Task " + i;
                case 1 -> "Quote \"" + i + "\", comma";
                case 2 -> "Überprüfung 検査 " + i;
                default -> "Two\nlines " + i;
            };
            String due = i % 3 == 0 ? "" : LocalDate.of(2026, 1, 1).plusDays(i).toString();
            rows.add(new String[]{title, i % 5 == 0 ? "" : "Description of " + i, statuses[i % 6], priorities[i % 6],
                    i % 2 == 0 ? assignee.email() : "", due});
        }
        return rows;
    }

    static byte[] csv(List<String[]> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(HEADER);
            rows.forEach(csv::writeRecord);
        }
        return Uploads.csv(out.toString());
    }

    /** The same rows as a workbook, with due dates as real date cells (Excel serial numbers). */
    static byte[] xlsx(List<String[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "PMS tests", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tasks");
        for (int c = 0; c < HEADER.length; c++) {
            sheet.value(0, c, HEADER[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                if (c == 5 && !row[c].isEmpty()) {
                    sheet.value(r + 1, c, LocalDate.parse(row[c]));
                    sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (!row[c].isEmpty()) {
                    sheet.value(r + 1, c, row[c]);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
