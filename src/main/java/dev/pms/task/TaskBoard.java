package dev.pms.task;

import dev.pms.platform.jdbc.Page;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The board of a project by its states: a column per state, in the project's order. A category with one state is read
 * as its status column always was (the index by status answers it, counts included); only a category split into
 * several states filters by state too.
 */
@Service
public class TaskBoard {
    private final TaskQueries queries;
    private final ProjectStates states;

    TaskBoard(TaskQueries queries, ProjectStates states) {
        this.queries = queries;
        this.states = states;
    }

    /** A column: its state, its first cards by position and how many it holds. */
    public record Column(ProjectStates.State state, Page<Task> page, long count) {
    }

    /** The columns of the project's board, with the labels of {@code within} (its other filters do not apply). */
    public List<Column> columns(WorkspaceAccess access, UUID projectId, int perColumn, TaskFilter within) {
        List<ProjectStates.State> all = states.of(access, projectId);
        Map<TaskStatus, Long> perCategory = all.stream().collect(Collectors.groupingBy(ProjectStates.State::category, Collectors.counting()));
        Map<TaskStatus, Long> statusCounts = queries.columnCounts(access, projectId, within);
        return all.stream().map(state -> {
            boolean alone = perCategory.get(state.category()) == 1;
            TaskFilter column = new TaskFilter(List.of(projectId), List.of(state.category()), null, null, null, null,
                    within.labelIds(), within.allLabels(), alone ? null : new TaskFilter.StateColumn(state.id(), state.first()));
            long count = alone ? statusCounts.get(state.category()) : queries.count(access, column);
            return new Column(state, queries.list(access, column, TaskSort.POSITION, null, perColumn), count);
        }).toList();
    }
}
