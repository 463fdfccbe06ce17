package dev.pms.exports;

import dev.pms.imports.Uploads;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaskExportTests extends IntegrationTest {

    @Test
    void csvExportNeutralisesFormulasAndKeepsTheImportsColumns() {
        Team team = Team.create(port);
        task(team, Map.of("title", "=HYPERLINK(\"http://x\")", "description", "-1+1", "priority", "HIGH", "dueDate", "2026-05-01"));
        String csv = text(team.owner().download(team.path("/tasks/export?format=csv")));
        assertThat(csv).startsWith("\uFEFFKey,Title,Description,Status,Priority,Assignee,Due Date,Project,Parent,Labels,Links\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",\"'-1+1\",To do,High,,2026-05-01,Website");
    }

    @Test
    void formulasAfterLeadingLineBreaksOrSpacesAreNeutralisedAndQuotedInCsvAndPlainTextInXlsx() throws IOException {
        Team team = Team.create(port);
        task(team, Map.of("title", "Line feed first", "description", "\n=1+1"));
        task(team, Map.of("title", "Spaces first", "description", "  +1+1"));
        String csv = text(team.owner().download(team.path("/tasks/export?format=csv")));
        assertThat(csv).contains("Line feed first,\"'\n=1+1\",").contains("Spaces first,\"'  +1+1\",");
        HttpResponse<byte[]> file = team.owner().download(team.path("/tasks/export?format=xlsx&sort=TITLE"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(List.of(rows.get(1).getCellText(2), rows.get(2).getCellText(2))).as("string cells: the CSV's guard is not needed")
                    .containsExactlyInAnyOrder("\n=1+1", "  +1+1");
        }
    }

    /** Pages are compressed for browsers that accept it; an export stays a plain attachment that streams as it is written. */
    @Test
    void exportsDownloadAsAttachmentsWhenTheBrowserAcceptsCompression() throws IOException {
        Team team = Team.create(port);
        task(team, Map.of("title", "Compressed or not"));
        for (String format : List.of("csv", "xlsx")) {
            HttpResponse<byte[]> file = team.owner().download(team.path("/tasks/export?format=" + format),
                    "Accept-Encoding", "gzip, deflate, br");
            assertThat(file.statusCode()).as(format).isEqualTo(200);
            assertThat(file.headers().firstValue("content-disposition").orElseThrow()).as(format).startsWith("attachment");
            assertThat(file.headers().firstValue("content-encoding")).as(format).isEmpty();
            if (format.equals("csv")) {
                assertThat(text(file)).contains("Compressed or not");
            } else {
                try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
                    assertThat(workbook.getFirstSheet().read().get(1).getCellText(1)).isEqualTo("Compressed or not");
                }
            }
        }
    }

    @Test
    void xlsxExportWritesFormulaLikeTextAsTextWithoutTheCsvGuard() throws IOException {
        Team team = Team.create(port);
        task(team, Map.of("title", "=HYPERLINK(\"http://x\")"));
        HttpResponse<byte[]> file = team.owner().download(team.path("/tasks/export?format=xlsx"));
        assertThat(file.headers().firstValue("content-type").orElseThrow()).contains("spreadsheetml");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(1)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(rows.get(1).getCell(1).getFormula()).as("a string cell, not a formula").isNull();
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
    }

    @Test
    void exportAppliesTheTaskListsFilters() {
        Team team = Team.create(port);
        task(team, Map.of("title", "Open one"));
        task(team, Map.of("title", "Done one", "status", "DONE"));
        task(team, Map.of("title", "Mine", "assigneeId", team.owner().userId()));
        assertThat(text(team.owner().download(team.path("/tasks/export?status=DONE"))).lines().skip(1).toList())
                .containsExactly("WEB-2,Done one,,Done,No priority,,,Website,,,");
        assertThat(text(team.owner().download(team.path("/tasks/export?assignee=me&q=mine"))).lines().skip(1).toList())
                .containsExactly("WEB-3,Mine,,To do,No priority," + team.owner().email() + ",,Website,,,");
        assertThat(team.owner().get(team.path("/tasks/export?format=pdf")).status()).isEqualTo(400);
    }

    @Test
    void csvExportImportsBackToTheSameTasks() {
        roundTrip("csv");
    }

    @Test
    void xlsxExportImportsBackToTheSameTasks() {
        roundTrip("xlsx");
    }

    private void roundTrip(String format) {
        Team team = Team.create(port);
        Api manager = team.get(Team.Seat.MANAGER);
        task(team, Map.of("title", "=HYPERLINK(\"http://x\")", "description", "Line one\nline \"two\", with comma",
                "status", "IN_REVIEW", "priority", "URGENT", "assigneeId", manager.userId(), "dueDate", "2026-02-28"));
        task(team, Map.of("title", "+plus and @at", "description", "-minus", "status", "BACKLOG", "priority", "LOW"));
        task(team, Map.of("title", "Plain", "status", "DONE", "priority", "MEDIUM", "dueDate", "2027-12-31"));
        task(team, Map.of("title", "'+already quoted", "description", "\n=1+1", "status", "TODO", "priority", "LOW"));
        task(team, Map.of("title", "Ünïcödé 任务", "status", "IN_PROGRESS", "priority", "NONE"));
        HttpResponse<byte[]> exported = team.owner().download(team.path("/tasks/export?format=" + format));
        assertThat(exported.statusCode()).isEqualTo(200);
        Response done = Uploads.importFile(team, "export." + format, exported.body(), "mode", "strict");
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(tasks("import_id = cast('" + done.get("id") + "' as uuid)")).isEqualTo(tasks("import_id is null"));
    }

    private Map<String, Long> tasks(String where) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select concat_ws('|', title, description, status, priority, coalesce(cast(assignee_id as text), '-'),
                                         coalesce(cast(due_date as text), '-'), cast(project_id as text)) as task
                        from tasks where\s""" + where)
                .query(String.class).list().forEach(t -> counts.merge(t, 1L, Long::sum));
        assertThat(counts).isNotEmpty();
        return counts;
    }

    private static void task(Team team, Map<String, String> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("projectId", team.projectId);
        Response created = team.owner().post(team.path("/tasks"), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static String text(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
