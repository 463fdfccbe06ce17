package dev.pms.label.web;

import dev.pms.label.LabelQueries;
import dev.pms.label.LabelService;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A task's labels, a partial that the task's panel loads into its {@code #task-labels} slot: ticking a label saves the
 * task's labels at once and answers the same partial; without JavaScript the form goes back to the task.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks/{taskId}/labels")
class TaskLabelsController {
    private final LabelQueries queries;
    private final LabelService labels;
    private final TaskQueries tasks;

    TaskLabelsController(LabelQueries queries, LabelService labels, TaskQueries tasks) {
        this.queries = queries;
        this.labels = labels;
        this.tasks = tasks;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView show(WorkspaceAccess access, @PathVariable UUID taskId) {
        return view(access, taskId, Set.copyOf(tasks.get(access, taskId).labels()), false);
    }

    @PostMapping
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView choose(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) List<UUID> label,
                        HttpServletRequest request) {
        var task = labels.setTaskLabels(access, taskId, label == null ? List.of() : label);
        return Htmx.isHtmx(request) ? view(access, taskId, Set.copyOf(task.labels()), true)
                : new ModelAndView(Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId)));
    }

    private ModelAndView view(WorkspaceAccess access, UUID taskId, Set<String> names, boolean saved) {
        var choices = queries.list(access).stream().map(l -> new TaskLabelsView.Choice(l.id().toString(), l.name(),
                l.colour().cssClass(), names.contains(l.name()))).toList();
        return Htmx.page("label/taskLabels", new TaskLabelsView(Layouts.of("").csrf(),
                WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId + "/labels"), WorkspaceNav.path(access.workspaceId(), "/labels"),
                choices, access.can(Permission.TASK_WRITE), saved));
    }
}
