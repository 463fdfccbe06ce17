package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;
import java.util.Locale;

/** A month grid from the Monday before its first day to the Sunday after its last, tasks on their due dates. */
public record CalendarView(Layout layout, String action, String month, String monthLabel, String previousHref, String nextHref,
                           String todayHref, String project, List<Option> projects, List<Day> days) {

    /** One cell: its first tasks, and {@code more} others due that day behind {@code moreHref}. */
    public record Day(String date, String number, boolean inMonth, boolean today, List<TaskRow> tasks, long more, String moreHref) {

        public String moreLabel() {
            return String.format(Locale.ENGLISH, "+%,d more", more);
        }
    }
}
