package dev.pms.task;

import dev.pms.platform.db.Reads;
import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import dev.pms.project.ProjectQueries;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads for the table, board, calendar and my tasks; every one is a keyset page or bounded. A read is one statement
 * and runs without a transaction of its own, which would cost a round trip for its commit and give nothing more at
 * READ COMMITTED; inside a caller's transaction it joins that one.
 */
@Service
public class TaskQueries {
    static final int CALENDAR_LIMIT = 2000;
    static final int EXPORT_FETCH_SIZE = 2000;
    private final TaskRepository tasks;
    private final TaskUpsertRepository upserts;
    private final ProjectQueries projects;
    private final TaskTree tree;

    TaskQueries(TaskRepository tasks, TaskUpsertRepository upserts, ProjectQueries projects, TaskTree tree) {
        this.tree = tree;
        this.upserts = upserts;
        this.tasks = tasks;
        this.projects = projects;
    }

    /** A task found by a key it has or had; {@code moved} when that key is no longer its own (show the new one). */
    public record ByKey(Task task, boolean moved) {
    }

    /** The task that has key {@code key}, or had it before it moved or its project's key changed. */
    public ByKey byKey(WorkspaceAccess access, TaskKey key) {
        Task task = projects.findByKey(access, key.projectKey())
                .flatMap(project -> tasks.findByNumber(access.workspaceId(), project.id(), key.number()))
                .orElseThrow(() -> ProblemException.notFoundSaying("No task has the key " + key + " in this workspace."));
        return new ByKey(task, !task.key().equals(key.toString()));
    }

    public Task get(WorkspaceAccess access, UUID taskId) {
        return tasks.find(access.workspaceId(), taskId).orElseThrow(() -> ProblemException.notFound("task"));
    }

    /** A keyset page of the subtasks one level below a task, oldest first; 404 when the task is not the workspace's. */
    public Page<Task> subtasks(WorkspaceAccess access, UUID taskId, String cursor, int limit) {
        get(access, taskId);
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, 2);
        List<Task> rows = tree.children(access.workspaceId(), taskId, after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1), limit + 1);
        return Page.of(rows, limit, t -> Cursor.of(t.createdAt(), t.id()));
    }

    public Page<Task> list(WorkspaceAccess access, TaskFilter filter, TaskSort sort, String cursor, int limit) {
        return list(access, filter, sort, sort.descending(), cursor, limit);
    }

    /** {@link #list(WorkspaceAccess, TaskFilter, TaskSort, String, int)} in the direction asked for. */
    public Page<Task> list(WorkspaceAccess access, TaskFilter filter, TaskSort sort, boolean descending, String cursor, int limit) {
        List<TaskRepository.Keyed> rows = tasks.list(access.workspaceId(), filter, sort, descending, after(cursor), limit + 1);
        Page<TaskRepository.Keyed> page = Page.of(rows, limit, row -> Cursor.of(row.sortKey(), row.task().id()));
        return new Page<>(page.items().stream().map(TaskRepository.Keyed::task).toList(), page.nextCursor());
    }

    /** {@link #list} as the JSON of its {@code Page<Task>}, written while the rows are read (the API's lists). */
    public byte[] listJson(WorkspaceAccess access, TaskFilter filter, TaskSort sort, String cursor, int limit) {
        return listJson(access, filter, sort, sort.descending(), cursor, limit);
    }

    /** {@link #listJson(WorkspaceAccess, TaskFilter, TaskSort, String, int)} in the direction asked for. */
    public byte[] listJson(WorkspaceAccess access, TaskFilter filter, TaskSort sort, boolean descending, String cursor, int limit) {
        Cursor after = after(cursor);
        return TaskJson.write(json -> TaskJson.page(json, limit,
                rows -> tasks.list(access.workspaceId(), filter, sort, descending, after, limit + 1, rows)));
    }

    private static Cursor after(String cursor) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor, 2);
        if (after != null) {
            after.uuid(1); // checked here so that a tampered id is a bad request, not a failed cast in SQL
        }
        return after;
    }

    public long count(WorkspaceAccess access, TaskFilter filter) {
        return tasks.count(access.workspaceId(), filter);
    }

    /** The counts of the workspace home page. */
    public TaskSummary summary(WorkspaceAccess access) {
        return tasks.summary(access.workspaceId(), access.userId());
    }

    /** Open tasks assigned to the caller across the workspace, soonest due first. */
    public Page<Task> mine(WorkspaceAccess access, String cursor, int limit) {
        return list(access, mine(access), TaskSort.DUE, cursor, limit);
    }

    /** {@link #mine} as JSON, written while the rows are read. */
    public byte[] mineJson(WorkspaceAccess access, String cursor, int limit) {
        return listJson(access, mine(access), TaskSort.DUE, cursor, limit);
    }

    private static TaskFilter mine(WorkspaceAccess access) {
        return new TaskFilter(List.of(), TaskStatus.OPEN, TaskFilter.Assignee.user(access.userId()), null, null, null);
    }

    /** The board of a project: each status column's first tasks by position, each with its own next-page cursor. */
    public Map<TaskStatus, Page<Task>> board(WorkspaceAccess access, UUID projectId, int perColumn) {
        return board(access, projectId, perColumn, TaskFilter.all());
    }

    /** {@link #board(WorkspaceAccess, UUID, int)} of the tasks with the labels {@code within} asks for. */
    public Map<TaskStatus, Page<Task>> board(WorkspaceAccess access, UUID projectId, int perColumn, TaskFilter within) {
        Map<TaskStatus, Page<Task>> columns = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            TaskFilter column = column(projectId, status, within);
            columns.put(status, list(access, column, TaskSort.POSITION, null, perColumn));
        }
        return columns;
    }

    /** {@link #board} as the JSON of its map: an object with a page per status, written while the rows are read. */
    public byte[] boardJson(WorkspaceAccess access, UUID projectId, int perColumn) {
        return boardJson(access, projectId, perColumn, TaskFilter.all());
    }

    /** {@link #boardJson(WorkspaceAccess, UUID, int)} of the tasks with the labels {@code within} asks for. */
    public byte[] boardJson(WorkspaceAccess access, UUID projectId, int perColumn, TaskFilter within) {
        return TaskJson.write(json -> {
            json.writeStartObject();
            for (TaskStatus status : TaskStatus.values()) {
                TaskFilter column = column(projectId, status, within);
                json.writeName(status.name());
                TaskJson.page(json, perColumn,
                        rows -> tasks.list(access.workspaceId(), column, TaskSort.POSITION, null, perColumn + 1, rows));
            }
            json.writeEndObject();
        });
    }

    /** A board column: the project's tasks in one status, with the labels of {@code within} (its other filters do not apply). */
    private static TaskFilter column(UUID projectId, TaskStatus status, TaskFilter within) {
        return new TaskFilter(List.of(projectId), List.of(status), null, null, null, null, within.labelIds(), within.allLabels());
    }

    /** How many tasks each status column of a project holds: a board shows only the first ones. */
    public Map<TaskStatus, Long> columnCounts(WorkspaceAccess access, UUID projectId) {
        return tasks.columnCounts(access.workspaceId(), projectId);
    }

    /** {@link #columnCounts(WorkspaceAccess, UUID)} of the tasks with the labels {@code within} asks for. */
    public Map<TaskStatus, Long> columnCounts(WorkspaceAccess access, UUID projectId, TaskFilter within) {
        if (within.labelIds().isEmpty()) {
            return columnCounts(access, projectId);
        }
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, count(access, column(projectId, status, within)));
        }
        return counts;
    }

    /** Tasks due within a range of at most 62 days (a month grid with its edges), the first 2,000 by date. */
    public List<Task> calendar(WorkspaceAccess access, LocalDate from, LocalDate to, List<UUID> projectIds) {
        requireCalendarRange(from, to);
        return tasks.dueBetween(access.workspaceId(), projectIds, from, to, CALENDAR_LIMIT);
    }

    /** The days of a range that have due tasks, each with its first {@code perDay} tasks and its total: a full month stays readable. */
    public List<CalendarDay> calendarDays(WorkspaceAccess access, LocalDate from, LocalDate to, List<UUID> projectIds, int perDay) {
        requireCalendarRange(from, to);
        return tasks.dueByDay(access.workspaceId(), projectIds, from, to, perDay);
    }

    private static void requireCalendarRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) > 62) {
            throw ProblemException.invalid("to", "the range may span at most 62 days");
        }
    }

    /**
     * Hands every task that matches the filter, in the sort's order, to {@code writer} as a stream read through a
     * cursor: memory stays flat however many tasks match. It runs on the reads pool (a replica when one is
     * configured), so that a long export never holds a connection that pages need; {@code writer} is called only
     * once a connection is ours and the query has answered, so a refusal can still be a clean error response.
     */
    @Transactional(transactionManager = Reads.TRANSACTIONS, readOnly = true)
    public void export(WorkspaceAccess access, TaskFilter filter, TaskSort sort, Consumer<Stream<TaskExportRow>> writer) {
        tasks.export(access.workspaceId(), filter, sort, EXPORT_FETCH_SIZE, writer);
    }

    /** How many of these keys from another tool's export a task of the workspace already has (a re-import updates those). */
    public long countKnownKeys(WorkspaceAccess access, java.util.Collection<String> externalKeys) {
        return upserts.countKnown(access.workspaceId(), externalKeys);
    }
}
