package dev.pms.relation.web;

import dev.pms.platform.web.page.Layout;
import dev.pms.relation.TaskLink;

import java.util.List;

/**
 * The Links section of a task's panel: each link as "blocks WEB-2 Title" with its Remove button, and the form that adds
 * one. {@code problem} says in words why the last change was refused.
 */
public record TaskLinksView(Layout.Csrf csrf, String action, String removeAction, String tasksBase, List<TaskLink> links,
                            boolean editable, String problem, boolean saved) {

    public String href(TaskLink link) {
        return tasksBase + "/" + link.taskId();
    }

    /** The words for the kinds, as the form's choice offers them. */
    public List<String> kinds() {
        return List.of("blocks", "blocked by", "relates to");
    }
}
