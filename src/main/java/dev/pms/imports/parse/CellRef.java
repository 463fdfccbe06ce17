package dev.pms.imports.parse;

/**
 * An A1-style cell reference read without trusting it: column letters and row digits are counted, never
 * turned into numbers that could overflow, so "ZZZZZZ2" or "A99999999999" are simply beyond every limit.
 *
 * @param letters the column as written (for messages)
 * @param column  1-based column, or {@link Integer#MAX_VALUE} beyond column XFD
 * @param row     1-based row, or {@link Integer#MAX_VALUE} beyond Excel's last row (0 when absent)
 */
record CellRef(String letters, int column, int row) {
    static final int EXCEL_COLUMNS = 16_384;
    static final int EXCEL_ROWS = 1_048_576;

    /** The reference, or null when it is not one (letters then digits, an optional "$" before each). */
    static CellRef parse(String ref) {
        int i = ref.startsWith("$") ? 1 : 0;
        int lettersStart = i;
        long column = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            column = Math.min(column * 26 + ref.charAt(i) - 'A' + 1, Integer.MAX_VALUE);
            i++;
        }
        String letters = ref.substring(lettersStart, i);
        if (i < ref.length() && ref.charAt(i) == '$') {
            i++;
        }
        long row = 0;
        int digitsStart = i;
        while (i < ref.length() && ref.charAt(i) >= '0' && ref.charAt(i) <= '9') {
            row = Math.min(row * 10 + ref.charAt(i) - '0', Integer.MAX_VALUE);
            i++;
        }
        if (letters.isEmpty() || i < ref.length() || i == digitsStart) {
            return null;
        }
        return new CellRef(letters, column > EXCEL_COLUMNS ? Integer.MAX_VALUE : (int) column,
                row > EXCEL_ROWS ? Integer.MAX_VALUE : (int) row);
    }

    /** The letters of a 1-based column: 1 → A, 27 → AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** The column as written, shortened for a message. */
    String shownLetters() {
        return letters.length() > 12 ? letters.substring(0, 12) + "…" : letters;
    }
}
