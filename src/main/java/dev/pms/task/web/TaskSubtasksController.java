package dev.pms.task.web;

import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.Layouts;
import dev.pms.platform.web.page.PageController;
import dev.pms.platform.web.page.SectionChange;
import dev.pms.task.Task;
import dev.pms.task.TaskKey;
import dev.pms.task.TaskQueries;
import dev.pms.task.TaskService;
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
import java.util.UUID;

/**
 * A task's Subtasks section, a partial that the panel loads into its {@code #task-subtasks} slot, its subtasks
 * {@link #PAGE} at a time. Each change answers the same partial, with a refusal (a cycle, too deep, an unknown key)
 * said in it; without JavaScript it goes back to the task.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks/{taskId}")
class TaskSubtasksController {
    /** Subtasks the panel shows at first and per "Show more". */
    static final int PAGE = 20;
    private final TaskQueries queries;
    private final TaskService tasks;
    private final TaskDirectory directory;

    TaskSubtasksController(TaskQueries queries, TaskService tasks, TaskDirectory directory) {
        this.queries = queries;
        this.tasks = tasks;
        this.directory = directory;
    }

    @GetMapping("/subtasks")
    @RequiresPermission(Permission.READ)
    ModelAndView show(WorkspaceAccess access, @PathVariable UUID taskId) {
        return view(access, taskId, null, false);
    }

    /** Adds the task with key {@code key} as a subtask, or, with {@code title}, creates a new subtask in this task's project. */
    @PostMapping("/subtasks")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView add(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) String key,
                     @RequestParam(required = false) String title, HttpServletRequest request) {
        return changed(access, taskId, request, () -> {
            if (title != null && !title.isBlank()) {
                tasks.createSubtask(access, taskId, title.strip());
                return;
            }
            Task child = queries.byKey(access, TaskKey.parse(key == null ? "" : key)).task();
            tasks.setParent(access, child.id(), taskId);
        });
    }

    /** Puts this task under the task with key {@code key}; an empty key makes it a top task again. */
    @PostMapping("/parent")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView parent(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) String key,
                        HttpServletRequest request) {
        return changed(access, taskId, request, () -> tasks.setParent(access, taskId, key == null || key.isBlank() ? null
                : queries.byKey(access, TaskKey.parse(key)).task().id()));
    }

    private ModelAndView changed(WorkspaceAccess access, UUID taskId, HttpServletRequest request, Runnable change) {
        return SectionChange.answer(request, WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId), change,
                problem -> view(access, taskId, problem, problem == null));
    }

    /** The next page of the subtasks, with its own "Show more" while there are more. */
    @GetMapping("/subtasks/more")
    @RequiresPermission(Permission.READ)
    ModelAndView more(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam String cursor) {
        return Htmx.page("task/subtaskRows", rows(access, taskId, cursor));
    }

    private ModelAndView view(WorkspaceAccess access, UUID taskId, String problem, boolean saved) {
        Task task = queries.get(access, taskId);
        Task parent = task.parentId() == null ? null : queries.get(access, task.parentId());
        String base = WorkspaceNav.path(access.workspaceId(), "");
        TaskRow parentRow = parent == null ? null : TaskRow.of(parent, directory.of(access, List.of(parent)), base, false);
        return Htmx.page("task/subtasks", new TaskSubtasksView(Layouts.of("").csrf(), base + "/tasks/" + taskId + "/subtasks",
                base + "/tasks/" + taskId + "/parent", parentRow, TaskRow.progress(task.subtasksDone(), task.subtasksTotal()),
                rows(access, taskId, null), access.can(Permission.TASK_WRITE), problem, saved));
    }

    private SubtaskRowsView rows(WorkspaceAccess access, UUID taskId, String cursor) {
        Page<Task> page = queries.subtasks(access, taskId, cursor, PAGE);
        TaskDirectory.Names names = directory.of(access, page.items());
        String base = WorkspaceNav.path(access.workspaceId(), "");
        List<TaskRow> rows = page.items().stream().map(t -> TaskRow.of(t, names, base, false)).toList();
        return new SubtaskRowsView(rows, page.nextCursor() == null ? null
                : base + "/tasks/" + taskId + "/subtasks/more?cursor=" + page.nextCursor());
    }
}
