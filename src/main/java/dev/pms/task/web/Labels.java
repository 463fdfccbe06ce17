package dev.pms.task.web;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How task values read on pages; templates print these strings and never format themselves. */
final class Labels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Labels() {
    }

    static String status(TaskStatus status) {
        return switch (status) {
            case BACKLOG -> "Backlog";
            case TODO -> "To do";
            case IN_PROGRESS -> "In progress";
            case IN_REVIEW -> "In review";
            case DONE -> "Done";
        };
    }

    static String priority(Priority priority) {
        return priority == Priority.NONE ? "No priority" : priority.name().charAt(0) + priority.name().substring(1).toLowerCase();
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
