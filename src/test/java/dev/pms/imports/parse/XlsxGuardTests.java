package dev.pms.imports.parse;

import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.pms.imports.parse.Workbooks.inline;
import static dev.pms.imports.parse.Workbooks.parts;
import static dev.pms.imports.parse.Workbooks.sharedStrings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The XLSX pre-scan on its own: each crafted file is refused with a sentence, and real workbooks pass. */
class XlsxGuardTests {
    private static final String PARAMETER_ENTITIES = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY % a \"x\"> "
            + "<!ENTITY % b \"%a;%a;%a;\">]>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
    @TempDir
    Path dir;

    /**
     * The production limits, but for the length of a cell (100,000 characters, the lowest allowed) and the shared
     * strings (10,000 entries, 1,000,000 characters): the files that go beyond them are then a few hundred kilobytes
     * instead of tens of megabytes, and are refused by the same checks. HostileWorkbookTests imports far larger ones
     * (a 400 MB cell, ten million shared strings) against the production limits.
     */
    static ImportProperties limits() {
        return new ImportProperties(DataSize.ofMegabytes(100), 1_000_000, 1000, 10_000, DataSize.ofGigabytes(2), 200,
                1000, 100_000, 200_000, 100_000, 10_000, 1_000_000, 100_000_000, 3, Duration.ofSeconds(60));
    }

    @Test
    void aPlainWorkbookPasses() {
        assertThatCode(() -> check(Workbooks.zip(Workbooks.tasks("One", "Two")))).doesNotThrowAnyException();
    }

    @Test
    void workbooksWrittenBySpreadsheetProgramsPass() throws IOException {
        try (var in = getClass().getResourceAsStream("/imports/libreoffice.xlsx")) {
            byte[] libreOffice = in.readAllBytes();
            assertThatCode(() -> check(libreOffice)).doesNotThrowAnyException();
        }
        var out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "PMS tests", "1.0");
        var sheet = workbook.newWorksheet("Tasks");
        sheet.value(0, 0, "Title");
        sheet.value(1, 0, "A task");
        sheet.value(1, 1, java.time.LocalDate.of(2026, 1, 2));
        sheet.formula(1, 2, "B2+1");
        workbook.finish();
        assertThatCode(() -> check(out.toByteArray())).doesNotThrowAnyException();
    }

    /** What the pre-scan adds to an XLSX import: timed beside a full read of the same 100,000 rows, and logged. */
    @Test
    void aCellBeyondTheColumnLimitNamesItsRowAndColumn() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"2\">" + inline("ZZZZZZ2", "far") + "</row>";
        assertRefused(Workbooks.zip(parts(rows, sharedStrings())), "Row 2, column ZZZZZZ: the cell is beyond column ALL");
    }

    @Test
    void aRowNumberBeyondExcelsLastRowIsRefused() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"2000000000\">" + inline("A2000000000", "x") + "</row>";
        assertRefused(Workbooks.zip(parts(rows, sharedStrings())), "Row 2000000000: the sheet goes beyond row 1,048,576");
    }

    @Test
    void aRowBeyondTheImportsRowLimitIsRefused() throws IOException {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"5000\">" + inline("A5000", "x") + "</row>";
        Path file = write(Workbooks.zip(parts(rows, sharedStrings())));
        assertThatThrownBy(() -> XlsxGuard.check(file, limits(), 1000)).isInstanceOf(ImportFailure.class)
                .hasMessageContaining("Row 5000: the sheet goes beyond row 1001");
    }

    @Test
    void aDimensionOfTheWholeSheetIsRefused() {
        Map<String, String> parts = parts("<row r=\"1\">" + inline("A1", "Title") + "</row>", sharedStrings());
        parts.put("xl/worksheets/sheet1.xml", Workbooks.SHEET_START + "<dimension ref=\"A1:XFD1048576\"/><sheetData/></worksheet>");
        assertRefused(Workbooks.zip(parts), "dimension A1:XFD1048576 is larger than an import reads");
    }

    @Test
    void aSharedStringIndexBeyondTheTableIsRefused() {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"B2\" t=\"s\"><v>999999999</v></c></row>";
        assertRefused(Workbooks.zip(parts(rows, sharedStrings("Title"))),
                "Row 2, column B: the cell refers to shared string 999999999, but the workbook has only 1");
    }

    @Test
    void aCellLongerThanTheLimitNamesItsRowAndColumn() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"2\">" + inline("C2", Workbooks.noise(100_001)) + "</row>";
        assertRefused(Workbooks.zip(parts(rows, sharedStrings())), "Row 2, column C: the cell is longer than 100,000 characters");
    }

    @Test
    void aSharedStringLongerThanACellIsRefused() {
        assertRefused(Workbooks.zip(parts("", sharedStrings("Title", Workbooks.noise(100_001)))),
                "Shared string 1 of the workbook is longer than 100,000 characters");
    }

    @Test
    void aSharedStringTableWithTooManyEntriesOrCharactersIsRefused() {
        String[] many = java.util.stream.IntStream.range(0, 10_001).mapToObj(Integer::toString).toArray(String[]::new);
        assertRefused(Workbooks.zip(parts("", sharedStrings(many))), "more than 10,000 entries");
        // each within a cell's limit, together beyond the table's
        String[] longOnes = java.util.stream.IntStream.range(0, 11).mapToObj(i -> Workbooks.noise(95_000 + i)).toArray(String[]::new);
        assertRefused(Workbooks.zip(parts("", sharedStrings(longOnes))), "holds more than 1,000,000 characters");
    }

    @Test
    void moreEntriesThanAWorkbookNeedsAreRefused() {
        Map<String, String> parts = Workbooks.tasks("One");
        for (int i = 0; i < 5000; i++) {
            parts.put("xl/media/image" + i + ".png", "x");
        }
        assertRefused(Workbooks.zip(parts), "more than 1,000 parts");
    }

    @Test
    void aDuplicateSheetIsRefused() {
        Map<String, String> parts = Workbooks.tasks("One");
        parts.put("xl/worksheets/sheet1.xml#2", Workbooks.sheet(""));
        assertRefused(Workbooks.zip(parts), "two parts named 'xl/worksheets/sheet1.xml'");
    }

    /** Written with java.util.zip, which keeps names as given (the zip library reads a lone "\\" name as "/"). */
    @Test
    void namesThatPointOutsideTheWorkbookAreRefused() throws IOException {
        for (String name : new String[]{"../evil.xml", "xl/../../evil.xml", "/etc/passwd", "xl/..\\evil.xml", "C:/x.xml"}) {
            var out = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipOutputStream(out)) {
                for (Map.Entry<String, String> part : Workbooks.tasks("One").entrySet()) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
            assertRefused(out.toByteArray(), "points outside the workbook");
        }
    }

    @Test
    void aNestedZipIsRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Workbooks.tasks("One").forEach((name, text) -> parts.put(name, text.getBytes(StandardCharsets.UTF_8)));
        parts.put("xl/embeddings/inner.bin", Workbooks.zip(Workbooks.tasks("Inner")));
        assertRefused(Workbooks.zipBytes(parts), "The XLSX part xl/embeddings/inner.bin is itself a zip archive");
    }

    @Test
    void aSymlinkEntryIsRefused() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, String> part : Workbooks.tasks("One").entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
            ZipArchiveEntry link = new ZipArchiveEntry("xl/media/link");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            zip.putArchiveEntry(link);
            zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        assertRefused(out.toByteArray(), "'xl/media/link' that is a symbolic link");
    }

    @Test
    void aDoctypeInTheSharedStringsIsRefused() {
        assertRefused(Workbooks.zip(parts("", PARAMETER_ENTITIES)), "The XLSX part xl/sharedStrings.xml declares a DOCTYPE (line 2)");
    }

    @Test
    void aDoctypeInTheContentTypesIsRefused() {
        Map<String, String> parts = Workbooks.tasks("One");
        parts.put("[Content_Types].xml", Workbooks.CONTENT_TYPES.replace("<Types ", "<!DOCTYPE Types SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<Types "));
        assertRefused(Workbooks.zip(parts), "The XLSX part [Content_Types].xml declares a DOCTYPE");
    }

    @Test
    void aDoctypeInAPartTheReaderSkipsIsRefusedToo() {
        Map<String, String> parts = Workbooks.tasks("One");
        parts.put("docProps/core.xml", PARAMETER_ENTITIES);
        assertRefused(Workbooks.zip(parts), "The XLSX part docProps/core.xml declares a DOCTYPE");
    }

    @Test
    void xmlThatIsNotWellFormedIsNamedInWords() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row>\n<row r=\"2\"><c r=\"A2\"></row>";
        ImportFailure failure = assertRefused(Workbooks.zip(parts(rows, sharedStrings())),
                "The XLSX part xl/worksheets/sheet1.xml is not well-formed XML (line 3");
        assertThat(failure.getMessage()).doesNotContain("Exception").doesNotContain("com.").doesNotContain("org.");
    }

    @Test
    void aHugeAttributeIsRefusedBeforeTheParserBuffersIt() {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\" x=\"" + Workbooks.noise(110_000) + "\"><is><t>T</t></is></c></row>";
        assertRefused(Workbooks.zip(parts(rows, sharedStrings())), "has a tag, comment or CDATA section longer than");
    }

    @Test
    void aSharedFormulaUsedBeforeItIsDefinedIsRefused() {
        String rows = "<row r=\"1\">" + inline("A1", "Title") + "</row><row r=\"2\"><c r=\"B2\"><f t=\"shared\" si=\"7\"/><v>1</v></c></row>";
        assertRefused(Workbooks.zip(parts(rows, sharedStrings())), "Row 2, column B: the cell's formula uses shared formula 7");
    }

    private ImportFailure assertRefused(byte[] xlsx, String message) {
        try {
            check(xlsx);
        } catch (ImportFailure e) {
            assertThat(e.getMessage()).contains(message);
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused: " + message);
    }

    private void check(byte[] xlsx) throws IOException {
        XlsxGuard.check(write(xlsx), limits(), 1_000_000);
    }

    private Path write(byte[] xlsx) throws IOException {
        return Files.write(Files.createTempFile(dir, "workbook", ".xlsx"), xlsx);
    }
}
