package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import java.util.List;

/** The rows of an uploaded file, read one at a time: a header, then data rows as text cells. */
public interface RowSource extends AutoCloseable {

    List<String> header();

    /** The next data row that is not entirely empty, or null at the end. */
    SourceRow next();

    /** How much of the file has been read, for progress; 0 when the format cannot tell. */
    default long bytesRead() {
        return 0;
    }

    /** What the file does that is read in a way its author may not expect, for the preview; empty by default. */
    default List<String> warnings() {
        return List.of();
    }

    @Override
    void close();

    /** The header, once its size is checked (its row's size was checked while it streamed). */
    static List<String> checkHeader(List<String> header, int maxChars) {
        long chars = header.stream().mapToLong(cell -> cell == null ? 0 : cell.length()).sum();
        if (chars > maxChars) {
            throw new ImportFailure("The header row is longer than " + String.format("%,d", maxChars)
                    + " characters; a header names columns; nothing was imported");
        }
        return header;
    }

    /** Whether serial-number dates count from 1904 (a workbook's date system; false for text files). */
    default boolean date1904() {
        return false;
    }

    /**
     * One data row; {@code number} counts rows as a spreadsheet does (the header is row 1). {@code errors}, when not
     * null, holds per column the spreadsheet error a cell shows instead of a value (#VALUE!, #N/A), whose text cell is "".
     */
    public record SourceRow(int number, String[] cells, String[] errors) {
        public SourceRow(int number, String[] cells) {
            this(number, cells, null);
        }

        /** The spreadsheet error of a cell, or null when it holds a value. */
        public String error(int index) {
            return errors == null || index < 0 || index >= errors.length ? null : errors[index];
        }

        public String cell(int index) {
            if (index < 0 || index >= cells.length) {
                return "";
            }
            String value = cells[index];
            return value == null ? "" : value;
        }

        public static boolean blank(String[] cells) {
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
