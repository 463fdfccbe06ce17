package dev.pms.task;

import java.time.LocalDate;
import java.util.List;

/** One day of a calendar: the first of its due tasks by position, and how many are due that day in all. */
public record CalendarDay(LocalDate day, long total, List<Task> tasks) {

    public long more() {
        return total - tasks.size();
    }
}
