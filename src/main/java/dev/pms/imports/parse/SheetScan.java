package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;

import org.xml.sax.Attributes;

import java.util.Set;

/**
 * Scans the first sheet before the reader opens it, refusing what would make the reader allocate beyond
 * our limits: it pads a row with empty cells up to the last column named (so one cell at ZZZZZZ means
 * hundreds of millions of cells), builds every value and formula as a string, and reads the shared-string
 * table up to the highest index a cell names. Errors name the row and column as a spreadsheet shows them.
 */
final class SheetScan extends PartHandler {
    private static final Set<String> TYPES = Set.of("b", "e", "n", "str", "s", "inlineStr");
    private final int maxColumns;
    private final int lastRow;
    private final int rowLimit;
    private final long maxCellChars;
    private final long maxRowChars;
    private final FormulaBudget formulas = new FormulaBudget(this);
    private final StringBuilder index = new StringBuilder();
    private int trackedRow;
    private int row;
    private int column;
    private int cellsInRow;
    private boolean inCell;
    private boolean sharedCell;
    private boolean inValue;
    private long cellChars;
    private long rowChars;
    private int maxSharedIndex = -1;
    private String maxSharedAt;

    SheetScan(String part, ImportProperties limits, int rowLimit) {
        super(part, limits.maxCellChars());
        this.maxColumns = limits.maxColumns();
        this.rowLimit = rowLimit;
        this.lastRow = (int) Math.min(CellRef.EXCEL_ROWS, rowLimit + 1L);
        this.maxCellChars = limits.maxCellChars();
        this.maxRowChars = limits.maxRowChars();
    }

    /** The highest shared-string index a cell names, or -1. */
    int maxSharedIndex() {
        return maxSharedIndex;
    }

    /** "Row r, column C" of the cell that names {@link #maxSharedIndex()}. */
    String maxSharedAt() {
        return maxSharedAt;
    }

    @Override
    void start(String name, Attributes attributes) {
        switch (name) {
            case "dimension" -> dimension(attributes.getValue("ref"));
            case "row" -> row(attributes.getValue("r"));
            case "c" -> cell(attributes);
            case "v" -> inValue = inCell;
            case "f" -> formulas.start(attributes, at());
            default -> {
            }
        }
    }

    @Override
    void text(char[] chars, int start, int length) {
        if (inCell) {
            cellChars += length;
            rowChars += length;
            if (cellChars > maxCellChars) {
                throw new ImportFailure(at() + ": the cell is longer than " + String.format("%,d", maxCellChars)
                        + " characters; nothing was imported");
            }
            if (rowChars > maxRowChars) {
                throw new ImportFailure("Row " + row + ": the row is longer than " + String.format("%,d", maxRowChars)
                        + " characters; nothing was imported");
            }
        }
        formulas.text(chars, start, length);
        if (inValue && sharedCell) {
            if (index.length() + length > 10) {
                throw new ImportFailure(at() + ": the cell's shared-string number is not a number; nothing was imported");
            }
            index.append(chars, start, length);
        }
    }

    @Override
    void end(String name) {
        switch (name) {
            case "v" -> {
                if (inValue && sharedCell) {
                    sharedIndex();
                }
                inValue = false;
            }
            case "f" -> formulas.end();
            case "c" -> inCell = false;
            default -> {
            }
        }
    }

    private void dimension(String ref) {
        String[] corners = ref == null ? new String[0] : ref.split(":", 3);
        if (corners.length == 0 || corners.length > 2) {
            throw failure("has a sheet dimension that is not a cell range");
        }
        for (String corner : corners) {
            CellRef cell = CellRef.parse(corner);
            if (cell == null) {
                throw failure("has a sheet dimension that is not a cell range");
            }
            if (cell.column() > maxColumns || cell.row() > lastRow) {
                throw new ImportFailure("The sheet's dimension " + shorten(ref) + " is larger than an import reads (at most "
                        + String.format("%,d", maxColumns) + " columns, up to " + CellRef.columnName(maxColumns) + ", and "
                        + String.format("%,d", rowLimit) + " rows below the header); nothing was imported");
            }
        }
    }

    private void row(String r) {
        trackedRow++;
        row = r == null ? trackedRow : number(r);
        if (row <= 0) {
            throw failure("has a row numbered '" + shorten(r) + "', which is not a row number");
        }
        if (row > CellRef.EXCEL_ROWS) {
            throw new ImportFailure("Row " + r + ": the sheet goes beyond row 1,048,576, the last row a spreadsheet has; "
                    + "nothing was imported");
        }
        if (row > lastRow) {
            throw new ImportFailure("Row " + row + ": the sheet goes beyond row " + lastRow + "; an import takes at most "
                    + String.format("%,d", rowLimit) + " rows below its header; nothing was imported");
        }
        cellsInRow = 0;
        rowChars = 0;
    }

    private void cell(Attributes attributes) {
        String r = attributes.getValue("r");
        CellRef ref = r == null ? null : CellRef.parse(r);
        if (r != null && ref == null) {
            throw new ImportFailure("Row " + row + ": '" + shorten(r) + "' is not a cell reference; nothing was imported");
        }
        // as the reader does: a cell without a reference takes its place among the row's cells
        column = ref == null ? cellsInRow + 1 : ref.column();
        cellsInRow++;
        if (column > maxColumns) {
            throw new ImportFailure("Row " + row + ", column " + (ref == null ? CellRef.columnName(column) : ref.shownLetters())
                    + ": the cell is beyond column "
                    + CellRef.columnName(maxColumns) + "; an import reads at most " + String.format("%,d", maxColumns)
                    + " columns; nothing was imported");
        }
        if (ref != null && ref.row() > CellRef.EXCEL_ROWS) {
            throw new ImportFailure(at() + ": the cell reference " + shorten(r) + " is beyond row 1,048,576; nothing was imported");
        }
        String type = attributes.getValue("t");
        if (type != null && !TYPES.contains(type)) {
            throw new ImportFailure(at() + ": the cell has a type ('" + shorten(type) + "') that no spreadsheet writes; nothing was imported");
        }
        String style = attributes.getValue("s");
        if (style != null && number(style) < 0) {
            throw new ImportFailure(at() + ": the cell's style is not a number; nothing was imported");
        }
        inCell = true;
        sharedCell = "s".equals(type);
        cellChars = 0;
        index.setLength(0);
    }

    private void sharedIndex() {
        if (index.isEmpty()) {
            return;
        }
        int value = number(index.toString().strip());
        if (value < 0) {
            throw new ImportFailure(at() + ": the cell's shared-string number is not a number; nothing was imported");
        }
        if (value > maxSharedIndex) {
            maxSharedIndex = value;
            maxSharedAt = at();
        }
    }

    /** "Row 2, column B" of the cell being read. */
    String at() {
        return "Row " + row + ", column " + CellRef.columnName(column);
    }

    /** A non-negative int written in digits, else -1 (too long is too big: {@link Integer#MAX_VALUE}). */
    static int number(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = Math.min(value * 10 + c - '0', Integer.MAX_VALUE);
        }
        return (int) value;
    }

    static String shorten(String value) {
        return value.length() > 24 ? value.substring(0, 24) + "…" : value;
    }
}
