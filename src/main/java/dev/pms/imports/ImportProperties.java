package dev.pms.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Limits of imports (DESIGN §6). Every size a file declares or implies is checked while it streams, before
 * anything is allocated in proportion to it (the XLSX pre-scan in {@link XlsxGuard}, FastCSV's limits in
 * {@link CsvRowSource}), so that no file can exhaust a worker's heap.
 * <p>
 * The shared-string limits bound what the XLSX reader keeps: fastexcel-reader 0.19 reads the shared-string
 * table lazily but keeps every string it has read in a list for the rest of the import (its {@code SST}
 * class), so a sheet that refers to its last entry holds the whole table. An entry costs about 60 bytes
 * of heap (list slot, String, array header) plus 1 byte per character (2 beyond Latin-1): at the defaults,
 * 1,000,000 entries and 20,000,000 characters, the table takes at most about 100 MB, which leaves a
 * -Xmx256m node room for the rest. A larger workbook (say a million rows each with two distinct texts)
 * is refused with a message asking for CSV, which streams in constant memory.
 *
 * @param maxBytes             largest file accepted; a bigger upload is refused with 413 and nothing is stored
 * @param maxRows              most data rows in one file; more fail the import
 * @param maxColumns           most columns in one row; an XLSX cell beyond this column fails the import
 * @param maxReportedErrors    rejected rows beyond this are counted but not listed in the error report
 * @param maxExpandedBytes     an XLSX (a zip) may expand to at most this much
 * @param maxCompressionRatio  an XLSX entry bigger than 1 MB may not expand more than this ratio (zip bomb guard)
 * @param maxZipEntries        most parts (zip entries) in an XLSX; a workbook needs a few dozen
 * @param maxCellChars         longest cell, in characters (a description holds 100,000: a longer cell up to
 *                             this is a rejected row; beyond it the import fails)
 * @param maxRowChars          most characters in one row, all cells together
 * @param maxHeaderChars       most characters in the header row
 * @param maxSharedStrings     most entries in an XLSX shared-string table (see above)
 * @param maxSharedStringChars most characters in an XLSX shared-string table, all entries together (see above)
 * @param maxTextChars         most characters of titles and descriptions one import may write
 * @param concurrentUploads    uploads one node stores at once; the others wait
 * @param uploadWait           how long an upload waits for its turn before it is refused with 503
 */
@Validated
@ConfigurationProperties("pms.import")
public record ImportProperties(@NotNull DataSize maxBytes, @Min(1) @Max(100_000_000) int maxRows,
                               @Min(10) @Max(16_384) int maxColumns, @Min(0) int maxReportedErrors,
                               @NotNull DataSize maxExpandedBytes, @Min(10) int maxCompressionRatio,
                               @Min(16) int maxZipEntries, @Min(100_000) @Max(100_000_000) int maxCellChars,
                               @Min(100_000) @Max(200_000_000) int maxRowChars, @Min(1_000) int maxHeaderChars,
                               @Min(1) int maxSharedStrings, @Min(1) long maxSharedStringChars, @Min(1) long maxTextChars,
                               @Min(1) int concurrentUploads, @NotNull Duration uploadWait) {
}
