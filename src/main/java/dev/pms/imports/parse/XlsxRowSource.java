package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Streams the first sheet of an XLSX workbook from a file (the reader buffers whole streams, files it
 * reads in place). Numbers arrive as their plain text; dates stay Excel serial numbers, which the
 * mapping turns into days, from 1904 when the workbook says so. A cell that shows an error (#VALUE!, #N/A,
 * also as a formula's cached result) is no value: its text is "" and the row carries the error.
 */
public final class XlsxRowSource implements RowSource {
    // the error values of ECMA-376 and those newer versions of Excel add
    private static final java.util.Set<String> ERRORS = java.util.Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;
    private final int maxColumns;
    private final boolean date1904;
    private int lastRow;

    /**
     * Opens a file that {@link XlsxGuard} has checked: the reader's own errors are then damage it could not see.
     * {@code date1904} is what the guard found in the workbook part.
     */
    public XlsxRowSource(Path file, ImportProperties limits, boolean date1904) {
        this.maxColumns = limits.maxColumns();
        this.date1904 = date1904;
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
            this.stream = workbook.getFirstSheet().openStream();
            this.rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            throw new ImportFailure("The file is not a readable XLSX workbook: its parts are damaged or missing; "
                    + "nothing was imported", e);
        }
        SourceRow first = next();
        if (first == null) {
            close();
            throw new ImportFailure("The workbook's first sheet is empty: it has no header row");
        }
        this.header = RowSource.checkHeader(Arrays.asList(first.cells()), limits.maxHeaderChars());
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                lastRow = row.getRowNum();
                String[] errors = errors(row);
                String[] cells = cells(row, errors);
                if (!SourceRow.blank(cells) || errors != null) {
                    return new SourceRow(row.getRowNum(), cells, errors);
                }
            }
            return null;
        } catch (ImportFailure e) {
            throw e;
        } catch (RuntimeException e) {
            // the reader's messages name parser classes: say what is wrong, keep them as the cause
            String where = lastRow == 0 ? "at its start" : "after row " + lastRow;
            throw new ImportFailure("The XLSX sheet could not be read " + where + ": " + (causedByXml(e)
                    ? "it is not well-formed XML" : "it is damaged or uses a feature this reader does not know")
                    + "; nothing was imported", e);
        }
    }

    private static boolean causedByXml(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XMLStreamException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    private String[] cells(Row row, String[] errors) {
        int count = row.getCellCount();
        String[] cells = new String[count];
        for (int i = 0; i < count; i++) {
            cells[i] = errors != null && errors[i] != null ? "" : text(row.getCell(i));
        }
        return cells;
    }

    /** The error each cell shows, or null for a row without any (nearly all rows: no array then). */
    private String[] errors(Row row) {
        int count = row.getCellCount();
        if (count > maxColumns) {
            throw new ImportFailure("Row " + row.getRowNum() + ": too many columns (" + count + "; at most " + maxColumns + ")");
        }
        String[] errors = null;
        for (int i = 0; i < count; i++) {
            String error = error(row.getCell(i));
            if (error != null) {
                errors = errors == null ? new String[count] : errors;
                errors[i] = error;
            }
        }
        return errors;
    }

    private static String error(Cell cell) {
        if (cell == null || (cell.getType() != CellType.ERROR && cell.getType() != CellType.FORMULA)) {
            return null;
        }
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue().strip();
        return cell.getType() == CellType.ERROR || ERRORS.contains(raw) ? (raw.isEmpty() ? "#VALUE!" : raw) : null;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case STRING -> cell.asString();
            case NUMBER -> number(cell.getRawValue());
            case EMPTY -> "";
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static String number(String raw) {
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // a read-only temporary file
        }
    }
}
