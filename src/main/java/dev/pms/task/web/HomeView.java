package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** The workspace home: the viewer's open tasks, soonest due first; the counts arrive from {@code statsHref}. */
public record HomeView(Layout layout, String statsHref, List<TaskRow> myTasks, String myTasksHref, String projectsHref,
                       boolean noProjects) {
}
