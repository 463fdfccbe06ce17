package dev.pms.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How dates and moments read on pages; templates print these strings and never format themselves. */
final class Labels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Labels() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
