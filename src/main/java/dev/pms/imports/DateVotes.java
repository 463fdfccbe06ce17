package dev.pms.imports;

import dev.pms.imports.parse.DueDates;

import java.util.List;

/**
 * Decides the order of a file's slashed dates once, from all of them: a first number above 12 can only be a
 * day, a second above 12 only a day too (so the first is the month). When no date tells, the file is
 * ambiguous and the preview asks.
 */
final class DateVotes {
    private long dayFirst;
    private long monthFirst;
    private long slashed;

    void add(String cell) {
        if (cell.indexOf('/') < 0) {
            return; // not slashed (ISO dates, empty cells): no need to split it
        }
        int[] numbers = DueDates.slashedNumbers(cell);
        if (numbers == null) {
            return;
        }
        slashed++;
        if (numbers[0] > 12) {
            dayFirst++;
        } else if (numbers[1] > 12) {
            monthFirst++;
        }
    }

    /** DAY_FIRST, MONTH_FIRST, AMBIGUOUS, or null when the file has no slashed dates. */
    String order() {
        if (slashed == 0) {
            return null;
        }
        if (dayFirst == 0 && monthFirst == 0) {
            return "AMBIGUOUS";
        }
        return dayFirst >= monthFirst ? DueDates.Order.DAY_FIRST.name() : DueDates.Order.MONTH_FIRST.name();
    }

    List<String> warnings() {
        if (dayFirst > 0 && monthFirst > 0) {
            return List.of(String.format("%,d dates can only be day first and %,d only month first; the file is read %s",
                    dayFirst, monthFirst, dayFirst >= monthFirst ? "day first" : "month first"));
        }
        return List.of();
    }
}
