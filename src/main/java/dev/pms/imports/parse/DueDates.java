package dev.pms.imports.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads due dates: ISO dates and date-times, an optional stated format, and the formats other tools
 * export (Jira's 12/Mar/24, "Mar 12, 2024", 12.03.2024, Excel serial numbers in XLSX). Slashed numeric
 * dates are read month first (US) unless the first number cannot be a month or a format was stated.
 */
public final class DueDates {
    // day 0 of Excel's 1900 date system (which counts the 29 February 1900 that never was), and of its 1904 system
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);
    private static final List<DateTimeFormatter> NAMED = List.of(
            formatter("d/MMM/yy"), formatter("d/MMM/yyyy"), formatter("d-MMM-yyyy"), formatter("d-MMM-yy"),
            formatter("MMM d, yyyy"), formatter("MMMM d, yyyy"), formatter("d MMM yyyy"), formatter("d MMMM yyyy"),
            formatter("EEE MMM d yyyy"), formatter("d.M.yyyy"), formatter("yyyy/M/d"), formatter("yyyy.M.d"));
    private final DateTimeFormatter stated;
    private final boolean excelSerials;
    private final LocalDate epoch;
    private final Boolean dayFirst;

    /** The order of a file's slashed dates (03/04/2027), decided once for the whole file. */
    public enum Order { DAY_FIRST, MONTH_FIRST }

    public DueDates(String statedFormat, boolean excelSerials) {
        this(statedFormat, excelSerials, null);
    }

    /** {@code order} null: each slashed date is read month first unless its first number cannot be a month. */
    public DueDates(String statedFormat, boolean excelSerials, Order order) {
        this(statedFormat, excelSerials, order, false);
    }

    /** {@code date1904}: serial numbers count days from 1 January 1904, as a workbook that says so does (old Mac Excel). */
    public DueDates(String statedFormat, boolean excelSerials, Order order, boolean date1904) {
        this.epoch = date1904 ? EXCEL_1904_EPOCH : EXCEL_EPOCH;
        this.stated = statedFormat == null || statedFormat.isBlank() ? null : formatter(statedFormat);
        this.excelSerials = excelSerials;
        this.dayFirst = order == null ? null : order == Order.DAY_FIRST;
    }

    /**
     * The first two numbers of a slashed numeric date ("03/04/2027" → 3, 4), or null for any other text: what
     * the preview counts to decide the order of a whole file.
     */
    public static int[] slashedNumbers(String text) {
        String value = text.strip();
        String date = value.contains(" ") ? value.substring(0, value.indexOf(' ')) : value;
        String[] parts = date.split("/");
        if (parts.length != 3 || !numeric(parts[0]) || !numeric(parts[1]) || !numeric(parts[2])) {
            return null;
        }
        return new int[]{Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /** Checks a format named at upload, so that a typo is a 400 there and not a million rejected rows. */
    public static void validateFormat(String format) {
        if (format != null && !format.isBlank()) {
            try {
                formatter(format);
            } catch (IllegalArgumentException e) {
                throw dev.pms.platform.web.ProblemException.invalid("dateFormat", "not a date pattern: " + e.getMessage());
            }
        }
    }

    /** The date, or null when the text is not one (the caller reports it); empty text is no date. */
    public LocalDate parse(String text) throws DateTimeException {
        String value = text.strip();
        if (stated != null) {
            try {
                return LocalDate.parse(value, stated);
            } catch (DateTimeParseException ignored) {
                // fall back to the formats every file may use
            }
        }
        if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            return iso(value);
        }
        if (excelSerials && !value.isEmpty() && Character.isDigit(value.charAt(0))) {
            LocalDate serial = serial(value);
            if (serial != null) {
                return serial;
            }
        }
        LocalDate slashed = slashed(value);
        return slashed != null ? slashed : named(value);
    }

    private static LocalDate iso(String value) {
        if (value.length() > 10 && value.charAt(10) != 'T' && value.charAt(10) != ' ') {
            return null;
        }
        try {
            return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private LocalDate serial(String value) {
        try {
            double days = Double.parseDouble(value);
            return days >= 1 && days < 2_958_466 ? epoch.plusDays((long) days) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate slashed(String value) {
        String date = value.contains(" ") ? value.substring(0, value.indexOf(' ')) : value;
        String[] parts = date.split("/");
        if (parts.length != 3 || !numeric(parts[0]) || !numeric(parts[1]) || !numeric(parts[2])) {
            return null;
        }
        try {
            int first = Integer.parseInt(parts[0]);
            int second = Integer.parseInt(parts[1]);
            int year = Integer.parseInt(parts[2]);
            year = parts[2].length() == 2 ? 2000 + year : year;
            boolean day = dayFirst != null ? dayFirst : first > 12;
            return day ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate named(String value) {
        for (DateTimeFormatter formatter : NAMED) {
            for (String candidate : new String[]{value, value.contains(" ") ? value.substring(0, value.lastIndexOf(' ')) : value,
                    value.length() > 15 ? value.substring(0, 15) : value, value.split(" ")[0]}) {
                try {
                    return LocalDate.parse(candidate, formatter);
                } catch (DateTimeParseException ignored) {
                    // try the next one
                }
            }
        }
        return null;
    }

    private static boolean numeric(String s) {
        return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(Character::isDigit);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
