package dev.pms.imports;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.pms.imports.Uploads.csv;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bad file of issue 3 gets a clear error, leaves no rows behind, and the server stays healthy. */
class BadFileTests extends IntegrationTest {
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    @AfterEach
    void serverStaysHealthy() {
        assertThat(anonymous().get("/api/health").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from import_file_chunks").query(Long.class).single()).isZero();
    }

    @Test
    void emptyFileIsRefusedAtUpload() {
        Response refused = Uploads.upload(team, "empty.csv", new byte[0]);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("detail")).contains("empty");
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isZero();
    }

    @Test
    void headerOnlyFailsWithNoRows() {
        assertFailed(Uploads.importFile(team, "h.csv", csv("Title,Status\n")), "header but no rows");
    }

    @Test
    void fileWithoutTitleColumnFailsNamingTheColumnsItFound() {
        Response done = Uploads.importFile(team, "t.csv", csv("Status,Priority\nOpen,High\n"));
        assertFailed(done, "No title column");
        assertThat(done.get("error")).contains("'Status', 'Priority'");
    }

    @Test
    void unbalancedQuoteFailsInsteadOfSwallowingTheRest() {
        Response done = Uploads.importFile(team, "q.csv", csv("Title,Description\nA,\"never closed\nB,fine\nC,fine\n"));
        assertFailed(done, "never closed");
        assertThat(done.get("error")).startsWith("Line 2");
    }

    @Test
    void invalidUtf8AfterAUtf8ByteOrderMarkFails() {
        byte[] bytes = csv("\uFEFFTitle\nGood\nBad \u0000\n");
        bytes[bytes.length - 3] = (byte) 0xC3;
        bytes[bytes.length - 2] = (byte) 0x28;
        assertFailed(Uploads.importFile(team, "u.csv", bytes), "the file is not valid UTF-8");
    }

    @Test
    void aFileThatIsNotUtf8WithoutAMarkIsReadAsAnEightBitEncoding() {
        byte[] bytes = csv("Title\nGood\nBad \u0000\n");
        bytes[bytes.length - 3] = (byte) 0xC3;
        bytes[bytes.length - 2] = (byte) 0x28;
        assertThat(Uploads.importFile(team, "u.csv", bytes).get("status")).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select title from tasks order by source_row").query(String.class).list()).containsExactly("Good", "BadÃ(");
    }

    @Test
    void binaryJunkNamedCsvIsRefusedAtUpload() {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Response refused = Uploads.upload(team, "junk.csv", junk);
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.get("detail")).contains("not text");
        assertThat(jdbc.sql("select count(*) from imports").query(Long.class).single()).isZero();
    }

    @Test
    void tenMegabyteCellRejectsItsRowAndKeepsTheOthersWhole() {
        String huge = "x".repeat(10 * 1024 * 1024);
        Response done = Uploads.importFile(team, "big.csv", csv("Title,Description\nSmall,ok\nHuge,\"" + huge + "\"\nAfter,ok\n"));
        assertThat(done.get("status")).isEqualTo("SUCCEEDED");
        assertThat(done.json().get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select title from tasks order by source_row").query(String.class).list()).containsExactly("Small", "After");
        assertThat(team.owner().get(team.path("/imports/" + done.get("id") + "/errors")).body())
                .contains("3,Description,").contains("longer than 100,000 characters");
    }

    @Test
    void twentyThousandColumnsFail() {
        StringBuilder header = new StringBuilder("Title");
        for (int i = 1; i < 20_000; i++) {
            header.append(",c").append(i);
        }
        assertFailed(Uploads.importFile(team, "wide.csv", csv(header + "\nA\n")), "too many columns");
    }

    @Test
    void semicolonDelimitedFileWithBomImports() {
        byte[] body = csv("\uFEFFTitel;Name;Status;Priority\n;Straße fegen;In Progress;High\n;\"Äpfel; Birnen\";Done;Low\n");
        Response done = Uploads.importFile(team, "de.csv", body);
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select title || '|' || status from tasks order by source_row").query(String.class).list())
                .containsExactly("Straße fegen|IN_PROGRESS", "Äpfel; Birnen|DONE");
    }

    @Test
    void utf16FileWithBomImports() {
        byte[] body = "\uFEFFTitle\tStatus\nÜberblick schaffen\tOpen\n日本語のタスク\tDone\n".getBytes(StandardCharsets.UTF_16LE);
        Response done = Uploads.importFile(team, "utf16.csv", body);
        assertThat(done.get("status")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select title from tasks order by source_row").query(String.class).list())
                .containsExactly("Überblick schaffen", "日本語のタスク");
    }

    @Test
    void xlsxZipBombFailsBeforeParsing() throws IOException {
        assertFailed(Uploads.importFile(team, "bomb.xlsx", zipBomb()), "zip bomb");
    }

    @Test
    void nonWorkbookZipFails() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertFailed(Uploads.importFile(team, "notes.xlsx", out.toByteArray()), "XLSX");
    }

    private void assertFailed(Response done, String errorPart) {
        assertThat(done.get("status")).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("error")).contains(errorPart);
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
    }

    /** 64 MB of zeros compress to about 64 KB: far over any real workbook's ratio. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
