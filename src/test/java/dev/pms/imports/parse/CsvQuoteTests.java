package dev.pms.imports.parse;

import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parsing fixes: stray quotes, a quote that swallows the file, the file's own line numbers, and 8-bit encodings. */
class CsvQuoteTests {
    private static final ImportProperties LIMITS = new ImportProperties(DataSize.ofMegabytes(100), 1_000_000, 1000, 10_000,
            DataSize.ofGigabytes(2), 200, 1000, 1_000_000, 2_000_000, 1_000, 1_000_000, 20_000_000, 100_000_000, 3, Duration.ofSeconds(60));
    @TempDir
    Path dir;

    @Test
    void aStrayQuoteInsideAnUnquotedCellIsTextAndAWarning() throws IOException {
        Path file = write("Title,Description\n12\" pipe,ok\nA 5\" screen and a 7\" one,fine\nLast,\"quoted, with comma\"\n");
        try (CsvRowSource source = new CsvRowSource(file, LIMITS)) {
            List<String> titles = new ArrayList<>();
            for (RowSource.SourceRow row; (row = source.next()) != null; ) {
                titles.add(row.cell(0) + "|" + row.cell(1));
            }
            assertThat(titles).containsExactly("12\" pipe|ok", "A 5\" screen and a 7\" one|fine", "Last|quoted, with comma");
            assertThat(source.warnings()).containsExactly(
                    "Line 2 and 2 more: a \" inside a cell that does not start with one is taken as text, as spreadsheets do");
        }
    }

    @Test
    void aQuoteThatSwallowsTheRowsAfterItFailsNamingItsLine() throws IOException {
        StringBuilder text = new StringBuilder("Title,Description\nFine,row\nBroken,\"never closed\n");
        for (int i = 0; i < QuoteScan.MAX_QUOTED_LINES + 5; i++) {
            text.append("Row ").append(i).append(",more\n");
        }
        text.append("End,\"\n");
        Path file = write(text.toString());
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFailure.class)
                .hasMessageStartingWith("Line 3: a quoted field runs over more than 1000 lines");
    }

    @Test
    void rowNumbersAreTheFilesOwnLineNumbers() throws IOException {
        Path file = write("Title,Description\nOne,\"two\nlines\"\n\nTwo,x\n");
        assertThat(readAll(file)).containsExactly(2, 5);
    }

    @Test
    void aWindows1252FileIsReadWithItsAccents() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "Title\nCafé déjà vu – naïve\n".getBytes(Charset.forName("windows-1252")));
        try (CsvRowSource source = new CsvRowSource(file, LIMITS)) {
            assertThat(source.encoding().charset().name()).isEqualTo("windows-1252");
            assertThat(source.next().cell(0)).isEqualTo("Café déjà vu – naïve");
        }
    }

    private List<Integer> readAll(Path file) {
        List<Integer> rows = new ArrayList<>();
        try (CsvRowSource source = new CsvRowSource(file, LIMITS)) {
            for (RowSource.SourceRow row; (row = source.next()) != null; ) {
                rows.add(row.number());
            }
        }
        return rows;
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("file.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
