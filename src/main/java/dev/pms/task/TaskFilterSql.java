package dev.pms.task;

import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The WHERE clause of a task list and its parameters, built together so that a filter's condition and its
 * value cannot drift apart. Conditions are constants; values are always bound.
 */
final class TaskFilterSql {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private TaskFilterSql(UUID workspaceId) {
        and("t.workspace_id = :ws", "ws", workspaceId);
    }

    /** The tasks of a workspace that {@code filter} selects, after {@code after} in {@code sort}'s order if given. */
    static TaskFilterSql of(UUID workspaceId, TaskFilter filter, TaskSort sort, Cursor after) {
        return of(workspaceId, filter, sort, sort != null && sort.descending(), after);
    }

    /** {@link #of(UUID, TaskFilter, TaskSort, Cursor)} with the order running {@code descending} or not. */
    static TaskFilterSql of(UUID workspaceId, TaskFilter filter, TaskSort sort, boolean descending, Cursor after) {
        TaskFilterSql sql = new TaskFilterSql(workspaceId);
        List<UUID> projects = filter.projectIds();
        if (projects.size() == 1) {
            sql.and("t.project_id = :project", "project", projects.getFirst());
        } else if (!projects.isEmpty()) {
            sql.and("t.project_id = any(cast(:projects as uuid[]))", "projects", projects.stream().map(UUID::toString).toArray(String[]::new));
        }
        List<TaskStatus> statuses = filter.statuses();
        if (statuses.size() == 1) {
            sql.and("t.status = :status", "status", statuses.getFirst().name());
        } else if (!statuses.isEmpty()) {
            sql.and("t.status = any(cast(:statuses as text[]))", "statuses", statuses.stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.state() != null) {
            sql.and(filter.state().first() ? "(t.state_id is null or t.state_id = :state)" : "t.state_id = :state",
                    "state", filter.state().stateId());
        }
        if (filter.assignee().unassigned()) {
            sql.conditions.add("t.assignee_id is null");
        } else if (filter.assignee().userId() != null) {
            sql.and("t.assignee_id = :assignee", "assignee", filter.assignee().userId());
        }
        sql.andIfSet("t.due_date <= :dueBefore", "dueBefore", filter.dueBefore());
        sql.andIfSet("t.due_date >= :dueAfter", "dueAfter", filter.dueAfter());
        sql.labels(filter.labelIds(), filter.allLabels());
        if (filter.query() != null) {
            sql.search(filter.query());
        } else if (sort == TaskSort.RELEVANCE) {
            throw ProblemException.invalid("sort", "RELEVANCE orders the matches of a search: give q too");
        }
        if (after != null) {
            sql.and(sort.after(descending), "afterKey", after.get(0));
            sql.params.put("afterId", after.uuid(1));
        }
        return sql;
    }

    /**
     * Tasks whose words, or the words of one of whose comments, start with each word of {@code text} (the search
     * indexes answer prefix queries), or whose key {@code text} is; {@link TaskSearch#RANK} reads the same parameters.
     * The comments' matches are an array of task ids, so that each of the three is an index scan of its own.
     */
    private void search(String text) {
        Optional<TaskKey> key = TaskSearch.key(text);
        conditions.add("""
                (t.search @@ to_tsquery('simple', :query)
                 or (t.project_id, t.number) = (select p.id, cast(:keyNumber as integer) from projects p
                                                where p.workspace_id = :ws and p.key = cast(:keyProject as text))
                 or t.id = any(array(select c.task_id from comments c
                                     where c.workspace_id = :ws and c.search @@ to_tsquery('simple', :query))))""");
        params.put("query", TaskSearch.prefixQuery(text).orElse(null));
        params.put("keyProject", key.map(TaskKey::projectKey).orElse(null));
        params.put("keyNumber", key.map(TaskKey::number).orElse(null));
    }

    /** Tasks with any of {@code labels}, or with every one of them when {@code all}. */
    private void labels(List<UUID> labels, boolean all) {
        if (labels.isEmpty()) {
            return;
        }
        params.put("labels", labels.stream().map(UUID::toString).toArray(String[]::new));
        if (all) {
            and("""
                    (select count(*) from task_labels tl
                     where tl.task_id = t.id and tl.label_id = any(cast(:labels as uuid[]))) = :labelCount""", "labelCount", labels.size());
        } else {
            conditions.add("exists (select 1 from task_labels tl where tl.task_id = t.id and tl.label_id = any(cast(:labels as uuid[])))");
        }
    }

    String where() {
        return String.join(" and ", conditions);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(params);
    }

    private void and(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
    }

    private void andIfSet(String condition, String name, Object value) {
        if (value != null) {
            and(condition, name, value);
        }
    }
}
