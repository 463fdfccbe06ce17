package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** The workspace home: five counts with their 30-day trend, and the viewer's open tasks, soonest due first. */
public record HomeView(Layout layout, List<Stat> stats, List<TaskRow> myTasks, String myTasksHref, String projectsHref,
                       boolean noProjects) {

    /** One card: a count, a link to the tasks behind it, and the change against the 30 days before. */
    public record Stat(String label, long value, String href, String trend, String trendClass, String trendHelp) {
    }
}
