package dev.pms.task.web;

import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.Task;
import dev.pms.task.TaskQueries;
import dev.pms.task.TaskStatus;
import dev.pms.task.TaskSummary;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The first page of a workspace: how work stands and what is on the viewer's plate. */
@PageController
class WorkspaceHomeController {
    private static final int MY_TASKS = 15;
    private final TaskQueries queries;
    private final TaskDirectory directory;
    private final WorkspaceNav nav;

    WorkspaceHomeController(TaskQueries queries, TaskDirectory directory, WorkspaceNav nav) {
        this.queries = queries;
        this.directory = directory;
        this.nav = nav;
    }

    @GetMapping("/w/{workspaceId}")
    @RequiresPermission(Permission.READ)
    ModelAndView home(WorkspaceAccess access) {
        String base = WorkspaceNav.path(access.workspaceId(), "");
        List<Task> tasks = queries.mine(access, null, MY_TASKS).items();
        TaskDirectory.Names names = directory.of(access, tasks);
        List<TaskRow> mine = tasks.stream().map(t -> TaskRow.of(t, names, base, false)).toList();
        return Htmx.page("task/home", new HomeView(nav.layout(access, "Home", WorkspaceNav.Section.HOME), base + "/summary", mine,
                base + "/tasks?assignee=me&sort=DUE", base + "/projects", names.projects().isEmpty()));
    }

    /** The five counts read every task of the workspace, so the home page loads them after it has shown itself. */
    @GetMapping("/w/{workspaceId}/summary")
    @RequiresPermission(Permission.READ)
    ModelAndView summary(WorkspaceAccess access) {
        String tasks = WorkspaceNav.path(access.workspaceId(), "/tasks");
        TaskSummary s = queries.summary(access);
        List<StatsView.Stat> stats = List.of(
                stat("Total tasks", s.total(), tasks, "created", Trend.NEITHER),
                stat("Assigned to me", s.assignedToMe(), tasks + "?assignee=me", "created", Trend.NEITHER),
                stat("In progress", s.inProgress(), tasks + "?status=IN_PROGRESS", "moved here or changed", Trend.NEITHER),
                stat("Completed", s.completed(), tasks + "?status=DONE", "completed", Trend.MORE_IS_GOOD),
                stat("Overdue", s.overdue(), tasks + "?dueBefore=" + LocalDate.now().minusDays(1) + openStatuses(), "fell due",
                        Trend.FEWER_IS_GOOD));
        return Htmx.page("task/stats", new StatsView(stats));
    }

    private static String openStatuses() {
        return TaskStatus.OPEN.stream().map(status -> "&status=" + status.name()).collect(Collectors.joining());
    }

    /** Only two trends are good or bad news by themselves: more completed, fewer overdue. */
    private enum Trend {
        NEITHER, MORE_IS_GOOD, FEWER_IS_GOOD;

        String css(long change) {
            long good = this == MORE_IS_GOOD ? change : this == FEWER_IS_GOOD ? -change : 0;
            return good > 0 ? "up" : good < 0 ? "down" : "muted";
        }
    }

    private static StatsView.Stat stat(String label, TaskSummary.Count count, String href, String verb, Trend goodNews) {
        long change = count.change();
        String trend = (change > 0 ? "▲ +" + change : change < 0 ? "▼ " + change : "± 0") + " vs previous 30 days";
        String help = count.last30Days() + " " + verb + " in the last 30 days, " + count.previous30Days() + " in the 30 days before";
        String css = goodNews.css(change);
        return new StatsView.Stat(label, count.value(), href, trend, css, help);
    }
}
