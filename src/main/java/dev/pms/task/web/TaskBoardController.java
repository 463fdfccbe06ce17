package dev.pms.task.web;

import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.project.Project;
import dev.pms.task.CreateTaskCommand;
import dev.pms.task.Task;
import dev.pms.task.TaskFilter;
import dev.pms.task.MoveTaskCommand;
import dev.pms.task.TaskBoard;
import dev.pms.task.TaskMoves;
import dev.pms.task.TaskService;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The kanban board of a project. Drops are saved by the page's script through the bulk-move API
 * (TaskMoves.moveAll, all or nothing); on a conflict the script reloads the grid from here.
 */
@PageController
@RequestMapping("/w/{workspaceId}/projects/{projectId}/board")
class TaskBoardController {
    static final int PER_COLUMN = 300;
    private final TaskBoard board;
    private final TaskService tasks;
    private final TaskMoves moves;
    private final TaskDirectory directory;
    private final WorkspaceNav nav;

    TaskBoardController(TaskBoard board, TaskService tasks, TaskMoves moves, TaskDirectory directory, WorkspaceNav nav) {
        this.board = board;
        this.tasks = tasks;
        this.moves = moves;
        this.directory = directory;
        this.nav = nav;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView board(WorkspaceAccess access, @PathVariable UUID projectId, @RequestParam(required = false) List<UUID> label,
                       @RequestParam(required = false) String labelMode) {
        return Htmx.page("task/board", view(access, projectId, new BoardLabels(label, labelMode), true));
    }

    @GetMapping("/grid")
    @RequiresPermission(Permission.READ)
    ModelAndView grid(WorkspaceAccess access, @PathVariable UUID projectId, @RequestParam(required = false) List<UUID> label,
                      @RequestParam(required = false) String labelMode) {
        return Htmx.page("task/boardGrid", view(access, projectId, new BoardLabels(label, labelMode), false));
    }

    @PostMapping("/tasks")
    @RequiresPermission(Permission.TASK_WRITE)
    ModelAndView quickAdd(WorkspaceAccess access, @PathVariable UUID projectId, @RequestParam String title,
                          @RequestParam TaskStatus status, @RequestParam(required = false) UUID stateId) {
        if (title.isBlank() || title.strip().length() > 500) {
            throw ProblemException.invalid("title", "Give the task a title of 1 to 500 characters.");
        }
        Task task = tasks.create(access, new CreateTaskCommand(projectId, title, "", status, null, null, null));
        if (stateId != null) {
            task = moves.move(access, new MoveTaskCommand(task.id(), task.version(), status, null, projectId, stateId));
        }
        return Htmx.page("task/card", TaskRow.of(task, directory.of(access, List.of(task)), WorkspaceNav.path(access.workspaceId(), ""), true));
    }

    private BoardView view(WorkspaceAccess access, UUID projectId, BoardLabels labels, boolean withLayout) {
        TaskFilter within = labels.filter(access);
        List<TaskBoard.Column> found = board.columns(access, projectId, PER_COLUMN, within);
        TaskDirectory.Names names = directory.of(access, found.stream().flatMap(c -> c.page().items().stream()).toList());
        Project project = names.projects().get(projectId);
        if (project == null) {
            throw ProblemException.notFound("project");
        }
        String base = WorkspaceNav.path(access.workspaceId(), "");
        String boardHref = base + "/projects/" + projectId + "/board";
        boolean write = access.can(Permission.TASK_WRITE) && !project.archived();
        LocalDate today = LocalDate.now();
        List<BoardView.Column> columns = found.stream().map(column -> {
            Page<Task> page = column.page();
            List<TaskRow> cards = page.items().stream().map(t -> TaskRow.of(t, names, base, write, today)).toList();
            String more = page.nextCursor() == null ? null : base + "/tasks?project=" + projectId + "&status="
                    + column.state().category() + "&sort=POSITION" + labels.query("&");
            return BoardView.Column.of(column.state(), column.count(), cards, more);
        }).toList();
        return new BoardView(withLayout ? nav.layout(access, project.name() + " board", WorkspaceNav.Section.PROJECTS) : null,
                project.name(), boardHref + "/grid" + labels.query("?"), write ? "/api/v1/workspaces/" + access.workspaceId() + "/tasks/moves" : null,
                boardHref + "/tasks", base + "/tasks?project=" + projectId + labels.query("&"), base + "/live?board=" + projectId, columns,
                boardHref, names.labelOptions(), labels.chosen(), "all".equals(labels.mode()));
    }
}
