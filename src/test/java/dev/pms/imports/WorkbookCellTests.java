package dev.pms.imports;

import dev.pms.imports.parse.Workbooks;
import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells of a workbook that are not plain values: spreadsheet errors, and serial dates of the 1904 date system. */
class WorkbookCellTests extends IntegrationTest {
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    @Test
    void aMappedCellThatShowsAnErrorRejectsItsRowNamingTheErrorAndAnIgnoredOneDoesNot() {
        String rows = row(1, Workbooks.inline("A1", "Title") + Workbooks.inline("B1", "Due Date") + Workbooks.inline("C1", "Remarks"))
                + row(2, Workbooks.inline("A2", "Fine") + number("B2", 45000) + "<c r=\"C2\" t=\"e\"><v>#N/A</v></c>")
                + row(3, Workbooks.inline("A3", "Due date by a formula") + "<c r=\"B3\" t=\"e\"><f>A1/0</f><v>#DIV/0!</v></c>")
                + row(4, "<c r=\"A4\" t=\"e\"><v>#VALUE!</v></c>" + number("B4", 45001));
        Response done = Uploads.importFile(team, "errors.xlsx", Workbooks.zip(Workbooks.parts(rows, Workbooks.sharedStrings())));

        assertThat(done.json().get("rowsInserted").asInt()).as(done.toString()).isEqualTo(1);
        assertThat(done.json().get("rowsRejected").asInt()).isEqualTo(2);
        assertThat(titlesAndDates()).containsExactly("Fine 2023-03-15");
        String report = team.owner().get(team.path("/imports/" + done.get("id") + "/errors")).body();
        assertThat(report).contains("3,Due Date,#DIV/0!,shows the spreadsheet error #DIV/0! instead of a value; correct or clear the cell")
                .contains("4,Title,#VALUE!,shows the spreadsheet error #VALUE! instead of a value; correct or clear the cell")
                .doesNotContain("#N/A");
    }

    @Test
    void serialDatesOfAWorkbookInThe1904DateSystemCountFrom1904() {
        String rows = row(1, Workbooks.inline("A1", "Title") + Workbooks.inline("B1", "Due Date"))
                + row(2, Workbooks.inline("A2", "Mac workbook") + number("B2", 43000));
        Map<String, String> parts = Workbooks.parts(rows, Workbooks.sharedStrings());
        parts.put("xl/workbook.xml", Workbooks.WORKBOOK.replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>"));
        Response preview = Uploads.upload(team.owner(), team.workspaceId, "mac.xlsx", Workbooks.zip(parts),
                Map.of("projectId", team.projectId, "confirm", "false"));
        String location = preview.header("Location");
        assertThat(Uploads.awaitEnd(team.owner(), location).get("status")).isEqualTo("PREVIEW");
        assertThat(team.owner().get(location + "/preview").body()).as("the preview reads it so").contains("2021-09-23");
        assertThat(team.owner().post(location + "/confirm", Map.of()).status()).isEqualTo(202);
        Uploads.awaitEnd(team.owner(), location);

        assertThat(titlesAndDates()).containsExactly("Mac workbook 2021-09-23"); // 43000 days after 1 January 1904
    }

    private List<String> titlesAndDates() {
        return jdbc.sql("select title || ' ' || coalesce(cast(due_date as text), '-') from tasks order by source_row")
                .query(String.class).list();
    }

    private static String row(int number, String cells) {
        return "<row r=\"" + number + "\">" + cells + "</row>";
    }

    private static String number(String ref, long value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }
}
