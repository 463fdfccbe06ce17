package dev.pms.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Limits of imports (DESIGN §6).
 *
 * @param maxBytes            largest file accepted; a bigger upload is refused with 413 and nothing is stored
 * @param maxRows             most data rows in one file; more fail the import
 * @param maxColumns          most columns in one row
 * @param maxReportedErrors   rejected rows beyond this are counted but not listed in the error report
 * @param maxExpandedBytes    an XLSX (a zip) may expand to at most this much
 * @param maxCompressionRatio an XLSX entry bigger than 1 MB may not expand more than this ratio (zip bomb guard)
 * @param concurrentUploads   uploads one node stores at once; the others wait
 * @param uploadWait          how long an upload waits for its turn before it is refused with 503
 */
@Validated
@ConfigurationProperties("pms.import")
public record ImportProperties(@NotNull DataSize maxBytes, @Min(1) @Max(100_000_000) int maxRows,
                               @Min(10) @Max(16_384) int maxColumns, @Min(0) int maxReportedErrors,
                               @NotNull DataSize maxExpandedBytes, @Min(10) int maxCompressionRatio,
                               @Min(1) int concurrentUploads, @NotNull Duration uploadWait) {
}
