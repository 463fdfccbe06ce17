package dev.pms.imports;

import dev.pms.imports.parse.CsvRowSource;
import dev.pms.imports.parse.RowSource;
import dev.pms.imports.parse.XlsxGuard;
import dev.pms.imports.parse.XlsxRowSource;

import java.nio.file.Path;

/** Opens a spooled upload as rows: a workbook only after its pre-scan has passed. */
final class RowSources {
    private RowSources() {
    }

    static RowSource open(Path file, ImportFormat format, ImportProperties properties, int rowLimit) {
        if (format == ImportFormat.XLSX) {
            boolean date1904 = XlsxGuard.check(file, properties, rowLimit);
            return new XlsxRowSource(file, properties, date1904);
        }
        return new CsvRowSource(file, properties);
    }
}
