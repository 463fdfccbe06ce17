package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A CSV's cell, row and header limits hold while it streams, and the error names the row. */
class CsvLimitTests {
    private static final ImportProperties SMALL = new ImportProperties(DataSize.ofMegabytes(100), 1_000_000, 1000, 10_000,
            DataSize.ofGigabytes(2), 200, 1000, 100_000, 150_000, 1_000, 1_000_000, 20_000_000, 100_000_000, 3, Duration.ofSeconds(60));
    @TempDir
    Path dir;

    @Test
    void aCellAtTheLimitIsRead() throws IOException {
        try (CsvRowSource source = new CsvRowSource(write("Title,Description\nA,\"" + "d".repeat(100_000) + "\"\n"), SMALL)) {
            assertThat(source.next().cell(1)).hasSize(100_000);
        }
    }

    @Test
    void aCellOverTheLimitFailsNamingItsRow() throws IOException {
        Path file = write("Title,Description\nA,short\nB,\"" + "d".repeat(100_001) + "\"\n");
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFailure.class)
                .hasMessage("Row 3: a cell is longer than 100,000 characters; nothing was imported");
    }

    @Test
    void aCellFarOverTheLimitStopsTheParserBeforeItBuffersTheRest() throws IOException {
        Path file = write("Title,Description\nA,\"" + "d".repeat(3_000_000) + "\"\n");
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFailure.class)
                .hasMessage("Row 2: a cell is longer than 100,000 characters; nothing was imported");
    }

    @Test
    void aRowOverTheLimitFailsNamingItsRow() throws IOException {
        String cell = "c".repeat(80_000);
        Path file = write("Title,A,B\nT," + cell + "," + cell + "\n");
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportFailure.class)
                .hasMessage("Row 2: the row is longer than 150,000 characters; nothing was imported");
    }

    @Test
    void aHeaderOverTheLimitFails() throws IOException {
        Path file = write("Title," + "h".repeat(1_000) + "\nA,b\n");
        assertThatThrownBy(() -> new CsvRowSource(file, SMALL)).isInstanceOf(ImportFailure.class)
                .hasMessageStartingWith("The header row is longer than 1,000 characters");
    }

    private static void readAll(Path file) {
        try (CsvRowSource source = new CsvRowSource(file, SMALL)) {
            while (source.next() != null) {
                // reading is the test
            }
        }
    }

    private Path write(String csv) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "rows", ".csv"), csv, StandardCharsets.UTF_8);
    }
}
