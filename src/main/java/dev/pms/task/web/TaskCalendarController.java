package dev.pms.task.web;

import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.Task;
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
        List<Task> due = queries.calendar(access, from, to, project == null ? List.of() : List.of(project));
        TaskDirectory.Names names = directory.of(access, due);
        String base = WorkspaceNav.path(access.workspaceId(), "");
        Map<LocalDate, List<TaskRow>> byDay = due.stream().collect(Collectors.groupingBy(Task::dueDate,
                Collectors.mapping(t -> TaskRow.of(t, names, base, false), Collectors.toList())));
        List<CalendarView.Day> days = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new CalendarView.Day(day.toString(), String.valueOf(day.getDayOfMonth()), YearMonth.from(day).equals(shown),
                    day.equals(today), byDay.getOrDefault(day, List.of())));
        }
        String action = base + "/calendar";
        String filter = project == null ? "" : "&project=" + project;
        return Htmx.page("task/calendar", new CalendarView(nav.layout(access, "Calendar", WorkspaceNav.Section.CALENDAR), action,
                shown.toString(), MONTH.format(shown), action + "?month=" + shown.minusMonths(1) + filter,
                action + "?month=" + shown.plusMonths(1) + filter, action + "?month=" + YearMonth.now() + filter,
                project == null ? "" : project.toString(), names.allProjects(), days, due.size() >= 2000));
    }
}
