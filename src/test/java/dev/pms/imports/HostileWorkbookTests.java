package dev.pms.imports;


import dev.pms.imports.parse.Workbooks;

import dev.pms.support.IntegrationTest;
import dev.pms.support.Response;
import dev.pms.support.Slow;
import dev.pms.support.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.pms.imports.parse.Workbooks.inline;
import static dev.pms.imports.parse.Workbooks.parts;
import static dev.pms.imports.parse.Workbooks.sharedStrings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted workbooks that once made the reader allocate without bound: each ends FAILED with a sentence within
 * 10 s, imports nothing, and the next import on the same node succeeds. Run at -Xmx256m to show it holds there.
 */
@Slow
class HostileWorkbookTests extends IntegrationTest {
    private static final Duration QUICK = Duration.ofSeconds(10);
    private Team team;

    @BeforeEach
    void team() {
        team = Team.create(port);
    }

    @Test
    void aCellAtColumnZZZZZZ() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"2\">" + inline("ZZZZZZ2", "far away") + "</row>";
        failsQuickly(Workbooks.zip(parts(rows, sharedStrings())), "Row 2, column ZZZZZZ: the cell is beyond column ALL");
    }

    @Test
    void aRowNumberedTwoBillion() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"2000000000\">" + inline("A2000000000", "x") + "</row>";
        failsQuickly(Workbooks.zip(parts(rows, sharedStrings())), "Row 2000000000: the sheet goes beyond row 1,048,576");
    }

    @Test
    void aSheetDimensionOfTheWholeGrid() {
        Map<String, String> parts = parts("", sharedStrings());
        parts.put("xl/worksheets/sheet1.xml", Workbooks.SHEET_START + "<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\">"
                + inline("A1", "Title") + "</row><row r=\"2\">" + inline("A2", "Task") + "</row></sheetData></worksheet>");
        failsQuickly(Workbooks.zip(parts), "The sheet's dimension A1:XFD1048576 is larger than an import reads");
    }

    @Test
    void oneFourHundredMegabyteCellCompressedAbout85To1() throws IOException {
        byte[] file = Files.readAllBytes(fourHundredMegabyteCell());
        assertThat(400L * 1024 * 1024 / file.length).as("compression ratio").isBetween(70L, 100L);
        failsQuickly(file, "Row 2, column B: the cell is longer than 16,000,000 characters");
    }

    @Test
    void tenMillionDistinctSharedStrings() throws IOException {
        failsQuickly(Files.readAllBytes(sharedStringsWorkbook()), "shared-string table has more than 1,000,000 entries");
    }

    @Test
    void aDoctypeInTheSharedStrings() {
        String entities = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY % a \"x\"><!ENTITY % b \"%a;%a;\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Title</t></si></sst>";
        failsQuickly(Workbooks.zip(parts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", entities)),
                "The XLSX part xl/sharedStrings.xml declares a DOCTYPE");
    }

    @Test
    void malformedXmlIsDescribedInWords() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</is></c></row>";
        Response done = failsQuickly(Workbooks.zip(parts(rows, sharedStrings())), "is not well-formed XML (line 2");
        assertThat(done.get("error")).doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("org.xml");
    }

    private Response failsQuickly(byte[] xlsx, String message) {
        long start = System.nanoTime();
        Response done = Uploads.importFile(team, "hostile.xlsx", xlsx);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(done.get("status")).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("error")).contains(message);
        assertThat(took).as("time to FAILED").isLessThan(QUICK);
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        Response next = Uploads.importFile(team, "next.xlsx", Workbooks.zip(Workbooks.tasks("After the hostile file")));
        assertThat(next.get("status")).as(next.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select title from tasks").query(String.class).list()).containsExactly("After the hostile file");
        return done;
    }

    /** 400 MiB of text in one inline cell: 203 letters x then one random letter, which deflate packs about 85:1. */
    private static Path fourHundredMegabyteCell() throws IOException {
        return cached("hostile-400mb-cell.xlsx", sheet -> {
            sheet.write(Workbooks.SHEET_START + "<sheetData><row r=\"1\">" + inline("A1", "Title") + inline("B1", "Description")
                    + "</row><row r=\"2\">" + inline("A2", "Big") + "<c r=\"B2\" t=\"inlineStr\"><is><t>");
            Random random = new Random(85);
            char[] block = "x".repeat(204).toCharArray();
            for (int written = 0; written < 400 * 1024 * 1024; written += block.length) {
                block[block.length - 1] = (char) ('a' + random.nextInt(26));
                sheet.write(block);
            }
            sheet.write("</t></is></c></row></sheetData></worksheet>");
        }, sharedStrings());
    }

    /** Ten million distinct shared strings (about 26 MB zipped) and a sheet that names the last one. */
    private static Path sharedStringsWorkbook() throws IOException {
        return cached("hostile-10m-shared-strings.xlsx", sheet -> sheet.write(Workbooks.sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>9999999</v></c></row>")), null);
    }

    interface PartWriter {
        void write(Writer out) throws IOException;
    }

    /** Streams the workbook into target/ once; later runs reuse the file. */
    private static Path cached(String name, PartWriter sheet, String sharedStrings) throws IOException {
        Path file = Path.of("target", name);
        if (Files.exists(file)) {
            return file;
        }
        Path partial = Path.of("target", name + ".partial");
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> part : parts("", sharedStrings()).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().endsWith("sheet1.xml")) {
                    sheet.write(text);
                } else if (part.getKey().endsWith("sharedStrings.xml") && sharedStrings == null) {
                    writeTenMillionStrings(text);
                } else {
                    text.write(part.getValue());
                }
                text.flush();
            }
        }
        return Files.move(partial, file);
    }

    private static void writeTenMillionStrings(Writer text) throws IOException {
        text.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 10_000_000; i++) {
            text.write("<si><t>s" + i + "</t></si>");
        }
        text.write("</sst>");
    }
}
