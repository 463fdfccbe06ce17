package dev.pms.relation.web;

import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import dev.pms.platform.web.page.SectionChange;
import dev.pms.relation.LinkKind;
import dev.pms.relation.TaskLinkService;
import dev.pms.task.TaskKey;
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

import java.util.UUID;

/**
 * A task's Links section, a partial that the panel loads into its {@code #task-links} slot: add a link to a task named by
 * its key, remove one. Each change answers the same partial, a refusal said in it; without JavaScript it goes back to the task.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks/{taskId}/links")
class TaskLinksController {
    private final TaskLinkService links;
    private final TaskQueries tasks;

    TaskLinksController(TaskLinkService links, TaskQueries tasks) {
        this.links = links;
        this.tasks = tasks;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView show(WorkspaceAccess access, @PathVariable UUID taskId) {
        return view(access, taskId, null, false);
    }

    @PostMapping
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView add(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String key, HttpServletRequest request) {
        return changed(access, taskId, request, () -> links.add(access, taskId, LinkKind.parse(kind),
                tasks.byKey(access, TaskKey.parse(key == null ? "" : key)).task().id()));
    }

    @PostMapping("/remove")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView remove(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam String kind, @RequestParam UUID task,
                        HttpServletRequest request) {
        return changed(access, taskId, request, () -> links.remove(access, taskId, LinkKind.parse(kind), task));
    }

    private ModelAndView changed(WorkspaceAccess access, UUID taskId, HttpServletRequest request, Runnable change) {
        return SectionChange.answer(request, WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId), change,
                problem -> view(access, taskId, problem, problem == null));
    }

    private ModelAndView view(WorkspaceAccess access, UUID taskId, String problem, boolean saved) {
        String tasksBase = WorkspaceNav.path(access.workspaceId(), "/tasks");
        return Htmx.page("relation/taskLinks", new TaskLinksView(Layouts.of("").csrf(), tasksBase + "/" + taskId + "/links",
                tasksBase + "/" + taskId + "/links/remove", tasksBase, links.links(access, taskId),
                access.can(Permission.TASK_WRITE), problem, saved));
    }
}
