package dev.pms.task.web;

import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.task.Task;
import dev.pms.task.TaskEditConflict;
import dev.pms.task.TaskFields;
import dev.pms.task.TaskQueries;
import dev.pms.task.TaskService;
import dev.pms.task.TaskSort;
import dev.pms.task.TaskStatus;
import dev.pms.task.UpdateTaskCommand;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The task table: the API's filters in the URL, sortable columns, keyset "load more", the count of
 * matching tasks (loaded after the page, so a large workspace never waits for it), and inline status and assignee.
 */
@PageController
@RequestMapping("/w/{workspaceId}/tasks")
class TaskTableController {
    static final int PAGE = 50;
    private final TaskQueries queries;
    private final TaskService tasks;
    private final TaskDirectory directory;
    private final WorkspaceNav nav;

    TaskTableController(TaskQueries queries, TaskService tasks, TaskDirectory directory, WorkspaceNav nav) {
        this.queries = queries;
        this.tasks = tasks;
        this.directory = directory;
        this.nav = nav;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView table(WorkspaceAccess access, @ModelAttribute TableQuery query, @ModelAttribute BulkOutcome outcome) {
        String base = WorkspaceNav.path(access.workspaceId(), "");
        TaskDirectory.Names names = directory.load(access);
        RowsView rows = rows(access, query, null);
        var filters = new TableView.Filters(query.project().stream().map(UUID::toString).toList(),
                query.status().stream().map(Enum::name).toList(), query.assignee(), str(query.dueAfter()),
                str(query.dueBefore()), query.q(), keptSort(query.sort()), keptSort(query.sort()) == null ? null : query.direction(),
                query.label().stream().map(UUID::toString).toList(), query.labelMode(), query.col());
        String newTask = base + "/tasks/new" + (query.project().size() == 1 ? "?project=" + query.project().getFirst() : "");
        return Htmx.page("task/table", new TableView(nav.layout(access, "Tasks", WorkspaceNav.Section.TASKS), base + "/tasks",
                filters, names.allProjects(), names.memberOptions(), names.labelOptions(), TaskDirectory.statuses(), headers(base, query),
                columns(query), TableColumn.hiddenClasses(query.col()), rows,
                base + "/tasks/count?" + query.query(null),
                "/api/v1/workspaces/" + access.workspaceId() + "/tasks/export?format=csv&" + query.query(null),
                newTask, query.filtered(), access.can(Permission.TASK_WRITE),
                names.openProjects().isEmpty() ? base + "/projects" : null,
                new TableView.Bulk(base + "/tasks/bulk", query.query(null), outcome.notice(), outcome.undoAction(base))));
    }

    @GetMapping("/rows")
    @RequiresPermission(Permission.READ)
    ModelAndView more(WorkspaceAccess access, @ModelAttribute TableQuery query, @RequestParam String cursor) {
        return Htmx.page("task/rows", rows(access, query, cursor));
    }

    @GetMapping(value = "/count", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    @RequiresPermission(Permission.READ)
    String count(WorkspaceAccess access, @ModelAttribute TableQuery query) {
        long count = queries.count(access, query.filter(access));
        return String.format("%,d matching %s", count, count == 1 ? "task" : "tasks");
    }

    /** One row as it is now: a page showing it fetches it again when a live event says it changed. */
    @GetMapping("/{taskId}/row")
    @RequiresPermission(Permission.READ)
    ModelAndView currentRow(WorkspaceAccess access, @PathVariable UUID taskId) {
        Task task = queries.get(access, taskId);
        String base = WorkspaceNav.path(access.workspaceId(), "");
        return Htmx.page("task/row", TaskRow.of(task, directory.of(access, List.of(task)), base, access.can(Permission.TASK_WRITE)));
    }

    @PostMapping("/{taskId}/status")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView status(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam int version, @RequestParam TaskStatus status,
                        @RequestParam(required = false) TaskStatus shown, HttpServletResponse response) {
        Task current = queries.get(access, taskId);
        TaskFields f = TaskFields.of(current);
        // the row showed `shown`: someone else's change to another field merges, a change of the status itself is refused
        TaskFields seen = new TaskFields(f.projectId(), f.title(), f.description(), shown == null ? f.status() : shown,
                f.priority(), f.assigneeId(), f.dueDate());
        try {
            return row(access, tasks.update(access, taskId, new UpdateTaskCommand(version, null, null, null, status, null, null, null), seen));
        } catch (TaskEditConflict e) {
            // the row shows the value the server kept; the page's script says why
            response.setStatus(HttpStatus.CONFLICT.value());
            return row(access, e.current());
        }
    }

    @GetMapping("/{taskId}/assignee")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView assigneePicker(WorkspaceAccess access, @PathVariable UUID taskId) {
        Task task = queries.get(access, taskId);
        List<Option> members = new ArrayList<>(List.of(new Option("", "Nobody")));
        members.addAll(directory.load(access).memberOptions());
        return Htmx.page("task/assigneePicker", new AssigneePickerView(WorkspaceNav.path(access.workspaceId(), "/tasks/" + taskId + "/assignee"),
                task.version(), task.title(), task.assigneeId() == null ? "" : task.assigneeId().toString(), members));
    }

    @PostMapping("/{taskId}/assignee")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView assign(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam int version,
                        @RequestParam(required = false) UUID assignee) {
        Task task = tasks.update(access, taskId, new UpdateTaskCommand(version, null, null, null, null, null,
                Optional.ofNullable(assignee), null));
        return row(access, task);
    }

    private ModelAndView row(WorkspaceAccess access, Task task) {
        String base = WorkspaceNav.path(access.workspaceId(), "");
        return Htmx.page("task/row", TaskRow.of(task, directory.of(access, List.of(task)), base, true));
    }

    private RowsView rows(WorkspaceAccess access, TableQuery query, String cursor) {
        String base = WorkspaceNav.path(access.workspaceId(), "");
        Page<Task> page = queries.list(access, query.filter(access), query.sort(), query.descending(), cursor, PAGE);
        TaskDirectory.Names names = directory.of(access, page.items());
        boolean write = access.can(Permission.TASK_WRITE);
        List<TaskRow> rows = page.items().stream().map(t -> TaskRow.of(t, names, base, write)).toList();
        String more = page.nextCursor() == null ? null
                : base + "/tasks/rows?" + query.query(null) + "&cursor=" + page.nextCursor();
        return new RowsView(rows, more, rows.isEmpty() && cursor == null);
    }

    private static List<TableView.Header> headers(String base, TableQuery query) {
        return List.of(header(base, query, "Title", TaskSort.TITLE, ""), header(base, query, "Project", null, "hide-small col-project"),
                header(base, query, "Status", TaskSort.STATUS, "col-status"), header(base, query, "Priority", TaskSort.PRIORITY, "hide-small col-priority"),
                header(base, query, "Assignee", null, "col-assignee"), header(base, query, "Due", TaskSort.DUE, "col-due"),
                header(base, query, "Created", TaskSort.CREATED, "hide-small col-created"));
    }

    /** The column menu: every column that may be hidden, ticked when shown (all of them until a choice is made). */
    private static List<TableView.Column> columns(TableQuery query) {
        return java.util.Arrays.stream(TableColumn.values())
                .map(c -> new TableView.Column(c.param(), c.label(), query.col().isEmpty() || query.col().contains(c.param()))).toList();
    }

    /**
     * The order the filter form keeps: one chosen from a column header; not the defaults, so that a new search
     * lists its best matches first and clearing it goes back to the newest first.
     */
    private static String keptSort(TaskSort sort) {
        return sort == TaskSort.CREATED || sort == TaskSort.RELEVANCE ? null : sort.name();
    }

    private static TableView.Header header(String base, TableQuery query, String label, TaskSort sort, String css) {
        if (sort == null) {
            return new TableView.Header(label, null, null, css);
        }
        if (query.sort() != sort) {
            return new TableView.Header(label, base + "/tasks?" + query.query(sort, null), null, css);
        }
        boolean descending = query.descending();
        // a click on the sorted column turns it the other way
        return new TableView.Header(label, base + "/tasks?" + query.query(sort, descending ? "asc" : "desc"),
                descending ? "descending" : "ascending", css);
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
