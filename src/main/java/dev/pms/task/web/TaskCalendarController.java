package dev.pms.task.web;

import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.CalendarDay;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The calendar: a month of tasks by due date, optionally of one project; each task opens its page. */
@PageController
class TaskCalendarController {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");
    /** Tasks shown in a day's cell; the rest are a "+n more" link to that day in the table. */
    private static final int PER_DAY = 4;
    private final TaskQueries queries;
    private final TaskDirectory directory;
    private final WorkspaceNav nav;

    TaskCalendarController(TaskQueries queries, TaskDirectory directory, WorkspaceNav nav) {
        this.queries = queries;
        this.directory = directory;
        this.nav = nav;
    }

    @GetMapping("/w/{workspaceId}/calendar")
    @RequiresPermission(Permission.READ)
    ModelAndView month(WorkspaceAccess access, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                       @RequestParam(required = false) UUID project) {
        YearMonth shown = month == null ? YearMonth.now() : month;
        LocalDate from = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<CalendarDay> due = queries.calendarDays(access, from, to, project == null ? List.of() : List.of(project), PER_DAY);
        TaskDirectory.Names names = directory.of(access, due.stream().flatMap(d -> d.tasks().stream()).toList());
        String base = WorkspaceNav.path(access.workspaceId(), "");
        String action = base + "/calendar";
        String filter = project == null ? "" : "&project=" + project;
        return Htmx.page("task/calendar", new CalendarView(nav.layout(access, "Calendar", WorkspaceNav.Section.CALENDAR), action,
                shown.toString(), MONTH.format(shown), action + "?month=" + shown.minusMonths(1) + filter,
                action + "?month=" + shown.plusMonths(1) + filter, action + "?month=" + YearMonth.now() + filter,
                project == null ? "" : project.toString(), names.allProjects(), days(shown, from, to, due, names, base, filter)));
    }

    private static List<CalendarView.Day> days(YearMonth shown, LocalDate from, LocalDate to, List<CalendarDay> due,
                                               TaskDirectory.Names names, String base, String filter) {
        Map<LocalDate, CalendarDay> byDay = due.stream().collect(Collectors.toMap(CalendarDay::day, d -> d));
        List<CalendarView.Day> days = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            CalendarDay tasks = byDay.get(day);
            List<TaskRow> rows = tasks == null ? List.of() : tasks.tasks().stream().map(t -> TaskRow.of(t, names, base, false)).toList();
            long more = tasks == null ? 0 : tasks.more();
            String moreHref = more == 0 ? null : base + "/tasks?dueAfter=" + day + "&dueBefore=" + day + "&sort=POSITION" + filter;
            days.add(new CalendarView.Day(day.toString(), String.valueOf(day.getDayOfMonth()), YearMonth.from(day).equals(shown),
                    day.equals(today), rows, more, moreHref));
        }
        return days;
    }
}
