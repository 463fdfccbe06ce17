package dev.pms.imports;

/** Why one cell made its row invalid; {@code row} counts as a spreadsheet does (the header is row 1). */
public record RowError(int row, String column, String value, String reason) {
    private static final int MAX_VALUE = 200;

    public static RowError of(int row, String column, String value, String reason) {
        String clean = value == null ? "" : value.replace('\u0000', ' ');
        String shown = clean.length() > MAX_VALUE ? clean.substring(0, MAX_VALUE) + "…" : clean;
        return new RowError(row, column, shown, reason);
    }
}
