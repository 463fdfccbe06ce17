package dev.pms.platform;

import de.siegmar.fastcsv.writer.QuoteStrategy;

/**
 * The one rule for text that a spreadsheet could run as a formula (CSV injection, OWASP): a cell whose first
 * visible character is = + - or @, after any leading spaces, line breaks or control characters (which
 * spreadsheets skip), or that begins with a tab or CR, gets a leading {@code '}, and such a cell is quoted in
 * CSV. Text that already begins with {@code '} before such a start gets one more, so that {@link #restore}
 * (used by imports) gives back exactly what was written: {@code restore(neutral(s)).equals(s)} for every s.
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@";

    /** For FastCSV writers: quotes the cells {@link #neutral} prefixed, as well as those CSV needs quoted. */
    public static final QuoteStrategy QUOTE_NEUTRALISED = new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return isNeutralised(value);
        }
    };

    private SpreadsheetText() {
    }

    /** The text as a spreadsheet shows it, never as a formula; null becomes "". */
    public static String neutral(String value) {
        if (value == null) {
            return "";
        }
        return needsPrefix(value) ? "'" + value : value;
    }

    /** Undoes {@link #neutral}: removes the one ' it added. */
    public static String restore(String value) {
        return isNeutralised(value) ? value.substring(1) : value;
    }

    private static boolean isNeutralised(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && needsPrefix(value.substring(1));
    }

    private static boolean needsPrefix(String value) {
        int start = 0;
        while (start < value.length() && value.charAt(start) == '\'') {
            start++;
        }
        return formulaLike(value, start);
    }

    private static boolean formulaLike(String value, int from) {
        if (from >= value.length()) {
            return false;
        }
        char first = value.charAt(from);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = from;
        while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || Character.isSpaceChar(value.charAt(i))
                || Character.isISOControl(value.charAt(i)))) {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }
}
