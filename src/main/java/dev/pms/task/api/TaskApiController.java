package dev.pms.task.api;

import dev.pms.platform.jdbc.Limits;
import dev.pms.platform.jdbc.Page;
import dev.pms.project.ProjectQueries;
import dev.pms.task.CreateTaskCommand;
import dev.pms.task.MoveTaskCommand;
import dev.pms.task.Priority;
import dev.pms.task.Task;
import dev.pms.task.TaskFilterParams;
import dev.pms.task.TaskKey;
import dev.pms.task.TaskDeletions;
import dev.pms.task.TaskMoves;
import dev.pms.task.TaskQueries;
import dev.pms.task.TaskService;
import dev.pms.task.TaskSort;
import dev.pms.task.TaskStatus;
import dev.pms.task.UpdateTaskCommand;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
class TaskApiController {
    private final TaskService tasks;
    private final TaskMoves moves;
    private final TaskDeletions deletions;
    private final TaskQueries queries;
    private final ProjectQueries projects;

    TaskApiController(TaskService tasks, TaskMoves moves, TaskDeletions deletions, TaskQueries queries, ProjectQueries projects) {
        this.tasks = tasks;
        this.moves = moves;
        this.deletions = deletions;
        this.queries = queries;
        this.projects = projects;
    }

    record CreateTaskRequest(@NotNull UUID projectId, @NotBlank @Size(max = 500) String title,
                             @Size(max = 100_000) String description, TaskStatus status, Priority priority,
                             UUID assigneeId, LocalDate dueDate) {
    }

    record MoveRequest(@NotNull Integer version, @NotNull TaskStatus status, UUID afterTaskId, UUID projectId, UUID stateId) {
    }

    record BulkMove(@NotNull UUID taskId, @NotNull Integer version, @NotNull TaskStatus status, UUID afterTaskId, UUID projectId,
                    UUID stateId) {
    }

    record BulkMoveRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull BulkMove> moves) {
    }

    record CountResponse(long count) {
    }

    /** The shape of a list page, for the API docs: the pages themselves are written without this type. */
    record TaskPage(List<Task> items, String nextCursor) {
    }

    @PostMapping("/tasks")
    @RequiresPermission(Permission.TASK_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Task create(WorkspaceAccess access, @Valid @RequestBody CreateTaskRequest body) {
        return tasks.create(access, new CreateTaskCommand(body.projectId(), body.title(), body.description(),
                body.status(), body.priority(), body.assigneeId(), body.dueDate()));
    }

    /** The list pages are written as JSON straight from their rows (TaskQueries#listJson); the docs show their shape. */
    @GetMapping("/tasks")
    @RequiresPermission(Permission.READ)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TaskPage.class)))
    ResponseEntity<byte[]> list(WorkspaceAccess access, TaskFilterParams filter,
                                @Parameter(description = "POSITION without q; with q the best matches first (RELEVANCE)")
                                @RequestParam(required = false) TaskSort sort,
                                @Parameter(description = "asc or desc; without it the order's own (newest, most urgent, best first)")
                                @RequestParam(required = false) String direction,
                                @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        TaskSort order = TaskSort.chosen(sort, filter.q(), TaskSort.POSITION);
        return json(queries.listJson(access, filter.toFilter(access), order, order.descending(direction), cursor, Limits.of(limit)));
    }

    @GetMapping("/tasks/count")
    @RequiresPermission(Permission.READ)
    CountResponse count(WorkspaceAccess access, TaskFilterParams filter) {
        return new CountResponse(queries.count(access, filter.toFilter(access)));
    }

    @GetMapping("/tasks/{taskId}")
    @RequiresPermission(Permission.READ)
    Task get(WorkspaceAccess access, @PathVariable UUID taskId) {
        return queries.get(access, taskId);
    }

    /** The task with key {@code key} (WEB-12); a key it had before moving answers 308 with its present key's address. */
    @GetMapping("/tasks/by-key/{key}")
    @RequiresPermission(Permission.READ)
    ResponseEntity<Task> byKey(WorkspaceAccess access, @PathVariable String key) {
        TaskQueries.ByKey found = queries.byKey(access, TaskKey.parse(key));
        if (found.moved()) {
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).location(URI.create(
                    "/api/v1/workspaces/" + access.workspaceId() + "/tasks/by-key/" + found.task().key())).build();
        }
        return ResponseEntity.ok(found.task());
    }

    @PatchMapping("/tasks/{taskId}")
    @RequiresPermission(Permission.TASK_WRITE)
    Task update(WorkspaceAccess access, @PathVariable UUID taskId, @Valid @RequestBody UpdateTaskRequest body) {
        return tasks.update(access, taskId, body.toCommand());
    }

    /** A task with subtasks needs {@code subtasks=delete} (they go too) or {@code subtasks=detach} (they stay, as top tasks). */
    @DeleteMapping("/tasks/{taskId}")
    @RequiresPermission(Permission.TASK_DELETE_OWN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(WorkspaceAccess access, @PathVariable UUID taskId,
                @Parameter(description = "delete or detach; required when the task has subtasks")
                @RequestParam(required = false) String subtasks) {
        deletions.delete(access, taskId, SubtaskChoices.parse(subtasks));
    }

    /** The subtasks one level below the task, in the order they were made, a keyset page at a time. */
    @GetMapping("/tasks/{taskId}/subtasks")
    @RequiresPermission(Permission.READ)
    Page<Task> subtasks(WorkspaceAccess access, @PathVariable UUID taskId, @RequestParam(required = false) String cursor,
                        @RequestParam(required = false) Integer limit) {
        return queries.subtasks(access, taskId, cursor, Limits.of(limit));
    }

    @PostMapping("/tasks/{taskId}/move")
    @RequiresPermission(Permission.TASK_WRITE)
    Task move(WorkspaceAccess access, @PathVariable UUID taskId, @Valid @RequestBody MoveRequest body) {
        return moves.move(access, new MoveTaskCommand(taskId, body.version(), body.status(), body.afterTaskId(), body.projectId(), body.stateId()));
    }

    @PostMapping("/tasks/moves")
    @RequiresPermission(Permission.TASK_WRITE)
    List<Task> moveAll(WorkspaceAccess access, @Valid @RequestBody BulkMoveRequest body) {
        return moves.moveAll(access, body.moves().stream()
                .map(m -> new MoveTaskCommand(m.taskId(), m.version(), m.status(), m.afterTaskId(), m.projectId(), m.stateId())).toList());
    }

    @GetMapping("/my-tasks")
    @RequiresPermission(Permission.READ)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TaskPage.class)))
    ResponseEntity<byte[]> mine(WorkspaceAccess access, @RequestParam(required = false) String cursor,
                                @RequestParam(required = false) Integer limit) {
        return json(queries.mineJson(access, cursor, Limits.of(limit)));
    }

    @GetMapping("/calendar")
    @RequiresPermission(Permission.READ)
    List<Task> calendar(WorkspaceAccess access,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) List<UUID> project) {
        return queries.calendar(access, from, to, project == null ? List.of() : project);
    }

    /** One page per status column: an object with a {@link TaskPage} under each status name; {@code label=&labelMode=} filter the cards. */
    @GetMapping("/projects/{projectId}/board")
    @RequiresPermission(Permission.READ)
    ResponseEntity<byte[]> board(WorkspaceAccess access, @PathVariable UUID projectId,
                                 @RequestParam(required = false) Integer limit, TaskFilterParams filter) {
        projects.get(access, projectId);
        return json(queries.boardJson(access, projectId, Limits.of(limit == null ? 200 : limit), filter.toFilter(access)));
    }

    private static ResponseEntity<byte[]> json(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
