package dev.pms.task.web;

import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.CreateTaskCommand;
import dev.pms.task.Task;
import dev.pms.task.TaskEditConflict;
import dev.pms.task.TaskFields;
import dev.pms.task.TaskDeletions;
import dev.pms.task.TaskQueries;
import dev.pms.task.SubtaskChoice;
import dev.pms.task.TaskService;
import dev.pms.task.TaskStatus;
import dev.pms.task.UpdateTaskCommand;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The page of one task: create; read and edit in the task panel (see {@link TaskFieldController}); the whole form; delete. */
@PageController
@RequestMapping("/w/{workspaceId}/tasks")
class TaskFormController {
    /** The element pages open a task in (see app.js): the panel alone, without the page around it. */
    static final String PANEL = "task-panel";
    private final TaskQueries queries;
    private final TaskService tasks;
    private final TaskDeletions deletions;
    private final TaskFormViews views;
    private final TaskPanelViews panels;

    TaskFormController(TaskQueries queries, TaskService tasks, TaskDeletions deletions, TaskFormViews views, TaskPanelViews panels) {
        this.queries = queries;
        this.tasks = tasks;
        this.deletions = deletions;
        this.views = views;
        this.panels = panels;
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView newTask(WorkspaceAccess access, @RequestParam(required = false) UUID project,
                         @RequestParam(required = false) TaskStatus status,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {
        TaskForm blank = new TaskForm("", "", project, status, null, null, due, 0, null, null);
        return Htmx.page("task/form", views.creating(access, blank, null));
    }

    @PostMapping
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView create(WorkspaceAccess access, @ModelAttribute TaskForm form, HttpServletResponse response) {
        String problem = form.problem();
        try {
            if (problem == null) {
                Task task = tasks.create(access, new CreateTaskCommand(form.projectId(), form.title(), form.description(),
                        form.status(), form.priority(), form.assigneeId(), form.dueDate()));
                return new ModelAndView(Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks/" + task.id())));
            }
        } catch (ProblemException e) {
            problem = rejected(e);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return Htmx.page("task/form", views.creating(access, form, problem));
    }

    @GetMapping("/{taskId}")
    @RequiresPermission(Permission.READ)
    ModelAndView task(WorkspaceAccess access, @PathVariable UUID taskId, HttpServletRequest request) {
        Task task = queries.get(access, taskId);
        boolean overlay = Htmx.isHtmx(request) && PANEL.equals(request.getHeader("HX-Target"));
        return Htmx.page(overlay ? "task/panel" : "task/page", panels.panel(access, task, !overlay));
    }

    @PostMapping("/{taskId}")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView update(WorkspaceAccess access, @PathVariable UUID taskId, @ModelAttribute TaskForm posted, HttpServletResponse response) {
        Task current = queries.get(access, taskId);
        TaskForm form = posted.withTheirs(current);
        String problem = form.problem();
        try {
            if (problem == null) {
                UpdateTaskCommand command = new UpdateTaskCommand(form.version() == null ? -1 : form.version(), form.projectId(),
                        form.title(), form.description(), form.status(), form.priority(), Optional.ofNullable(form.assigneeId()),
                        Optional.ofNullable(form.dueDate()));
                TaskFields seen = SeenFields.decode(form.seen());
                if (seen == null) {
                    tasks.update(access, taskId, command);
                } else {
                    tasks.update(access, taskId, command, seen);
                }
                return new ModelAndView(Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId)));
            }
        } catch (TaskEditConflict e) {
            // the form keeps every typed value, now on top of the saved task, and shows theirs beside each clash
            response.setStatus(HttpStatus.CONFLICT.value());
            return Htmx.page("task/form", views.existing(access, e.current(), form.rebased(e.current()), e.forPeople(), e.fields()));
        } catch (ProblemException e) {
            problem = e.status() == HttpStatus.CONFLICT && "stale-version".equals(e.type())
                    ? "Someone changed this task while you were editing. Reload the page to see their changes, then edit again."
                    : rejected(e);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return Htmx.page("task/form", views.existing(access, current, form, problem));
    }

    @PostMapping("/{taskId}/delete")
    @RequiresPermission(Permission.TASK_DELETE_OWN)
    String delete(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) SubtaskChoice subtasks) {
        deletions.delete(access, taskId, subtasks);
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/tasks"));
    }

    /** A refusal the person can fix in the form (a conflict or a bad id); anything else is an error page. */
    private static String rejected(ProblemException e) {
        if (e.status() == HttpStatus.CONFLICT || e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.BAD_REQUEST) {
            return e.forPeople();
        }
        throw e;
    }
}
