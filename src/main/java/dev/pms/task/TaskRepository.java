package dev.pms.task;

import dev.pms.platform.db.Reads;
import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

@Repository
class TaskRepository {
    /** Any project when {@code :projects} is empty, else those. */
    private static final String IN_PROJECTS = "(cardinality(cast(:projects as uuid[])) = 0 or t.project_id = any(cast(:projects as uuid[])))";
    /** The task's own columns, as {@link #COLUMNS} starts. */
    private static final String OWN_COLUMNS = """
            t.id, t.project_id, t.title, t.description, t.status, t.priority, t.assignee_id, t.due_date, t.position,
            t.import_id, t.created_by, t.created_at, t.updated_by, t.updated_at, t.version, t.number""";
    /** The key and the labels' names of a task, after its own columns. */
    private static final String KEY_AND_LABELS = """
            (select p.key from projects p where p.id = t.project_id) || '-' || t.number as key,
            array(select l.name from task_labels tl join labels l on l.id = tl.label_id
                  where tl.task_id = t.id order by lower(l.name)) as labels""";
    /**
     * Its parent's key, its subtasks done and in all, and whether an open task blocks it. Almost no task has any of
     * these: each subquery runs only where the task's own column or flag says there is something to find (V109 keeps
     * the flags), which made a page's statement twice as fast.
     */
    private static final String RELATIONS = """
            t.parent_id,
            case when t.parent_id is not null then (select p.key || '-' || pt.number from tasks pt
                 join projects p on p.id = pt.project_id where pt.id = t.parent_id) end as parent_key,
            case when t.has_subtasks then (select count(*) filter (where s.status = 'DONE') from tasks s
                 where s.parent_id = t.id)::int else 0 end as subtasks_done,
            case when t.has_subtasks then (select count(*) from tasks s where s.parent_id = t.id)::int else 0 end as subtasks_total,
            case when t.has_blockers then exists (select 1 from task_links l join tasks b on b.id = l.from_task
                 where l.to_task = t.id and l.kind = 'BLOCKS' and b.status <> 'DONE') else false end as blocked""";
    /** A task's state: the one it names, else the first of its category in its project (docs/adr/0010). */
    private static final String STATE = """
            (%1$s s.id %2$s) as state_id, (%1$s s.name %2$s) as state_name""".formatted(
            "select", "from project_states s where s.workspace_id = t.workspace_id and s.project_id = t.project_id"
                    + " and s.category = t.status and (t.state_id is null or s.id = t.state_id) order by s.position, s.id limit 1");
    /** A task's row, as one task is read: its own columns, key, labels, state and relations (for pages see {@link #page}). */
    static final String COLUMNS = OWN_COLUMNS + ",\n" + KEY_AND_LABELS + ",\n" + STATE + ",\n" + RELATIONS;
    /** What a page's inner select passes on: the own columns, and those the outer select's subqueries and joins read. */
    private static final String PAGE_COLUMNS = OWN_COLUMNS + ", t.workspace_id, t.state_id, t.parent_id, t.has_subtasks, t.has_blockers";
    /** One task by id; built once, as the statement's text is the key of the parsed-statement caches it goes through. */
    private static final String FIND = "select " + COLUMNS + " from tasks t where t.workspace_id = :ws and t.id = :id";
    static final double GAP = 1024;
    static final java.time.Duration NUMBER_WAIT = java.time.Duration.ofSeconds(2);
    /**
     * Takes the next number of project {@code :project}: the counter row's update locks it until the transaction
     * ends, so concurrent creates in one project queue there and a rollback returns the number; no gaps, no repeats.
     */
    private static final String NEXT_NUMBER = """
            insert into task_numbers as c (workspace_id, project_id, last_number) values (:ws, :project, 1)
            on conflict (project_id) do update set last_number = c.last_number + 1 where c.workspace_id = :ws
            returning c.last_number""";
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JdbcClient reads;

    private final NumberCounters counters;

    TaskRepository(JdbcClient jdbc, DataSource dataSource, @Reads DataSource reads, NumberCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.dataSource = dataSource;
        this.reads = JdbcClient.create(reads);
    }

    /** Inserts a task with the next number of its project (see {@link #NEXT_NUMBER}). */
    Task insert(UUID workspaceId, UUID id, UUID userId, CreateTaskCommand c, double position) {
        limitNumberWait();
        return jdbc.sql("""
                        with n as (%s)
                        insert into tasks as t (id, workspace_id, project_id, title, description, status, priority,
                                                assignee_id, due_date, position, created_by, updated_by, number)
                        select :id, :ws, :project, :title, :description, :status, :priority,
                               :assignee, :due, :position, :user, :user, n.last_number from n
                        returning\s""".formatted(NEXT_NUMBER) + COLUMNS)
                .param("id", id).param("ws", workspaceId).param("project", c.projectId()).param("title", c.title())
                .param("description", c.description()).param("status", c.status().name())
                .param("priority", c.priority().name()).param("assignee", c.assigneeId()).param("due", c.dueDate())
                .param("position", position).param("user", userId)
                .query(RecordMapper.of(Task.class)).single();
    }

    Optional<Task> find(UUID workspaceId, UUID id) {
        return jdbc.sql(FIND)
                .param("ws", workspaceId).param("id", id).query(RecordMapper.of(Task.class)).optional();
    }

    /** The task, locked until the transaction ends: a change that applies to whatever version is current (a drop) waits its turn. */
    Optional<Task> findLocked(UUID workspaceId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tasks t where t.workspace_id = :ws and t.id = :id for update")
                .param("ws", workspaceId).param("id", id).query(RecordMapper.of(Task.class)).optional();
    }

    /** Applies a change only if nobody changed the task since {@code version}; empty when someone did. */
    Optional<Task> update(UUID workspaceId, UUID userId, Task changed, int version) {
        return jdbc.sql("""
                        update tasks t set project_id = :project, title = :title, description = :description,
                               status = :status, priority = :priority, assignee_id = :assignee, due_date = :due,
                               position = :position, number = :number, state_id = :state, parent_id = :parent,
                               version = version + 1, updated_at = now(),
                               updated_by = :user
                        where t.workspace_id = :ws and t.id = :id and t.version = :version
                        returning\s""" + COLUMNS)
                .param("ws", workspaceId).param("id", changed.id()).param("version", version).param("user", userId)
                .param("number", changed.number()).param("state", changed.stateId()).param("parent", changed.parentId())
                .param("project", changed.projectId()).param("title", changed.title())
                .param("description", changed.description()).param("status", changed.status().name())
                .param("priority", changed.priority().name()).param("assignee", changed.assigneeId())
                .param("due", changed.dueDate()).param("position", changed.position())
                .query(RecordMapper.of(Task.class)).optional();
    }

    /** The category of a state of the project, empty when the project has no such state. */
    Optional<TaskStatus> stateCategory(UUID workspaceId, UUID projectId, UUID stateId) {
        return jdbc.sql("select category from project_states where workspace_id = :ws and project_id = :project and id = :state")
                .param("ws", workspaceId).param("project", projectId).param("state", stateId)
                .query(String.class).optional().map(TaskStatus::valueOf);
    }

    /**
     * Moves every task of state {@code from} to state {@code to} of the same category in one statement; with
     * {@code fromIsFirst} also the tasks that name no state of that category, which were in {@code from} until now.
     */
    int moveOutOfState(UUID workspaceId, UUID userId, UUID projectId, TaskStatus category, UUID from, UUID to, boolean fromIsFirst) {
        return jdbc.sql("""
                        update tasks set state_id = :to, version = version + 1, updated_at = now(), updated_by = :user
                        where workspace_id = :ws and project_id = :project and status = :category
                          and (state_id = :from or (:fromIsFirst and state_id is null))""")
                .param("ws", workspaceId).param("project", projectId).param("category", category.name())
                .param("from", from).param("to", to).param("fromIsFirst", fromIsFirst).param("user", userId).update();
    }

    /** The subtasks one level below a task, in the order of their creation. */
    List<Task> children(UUID workspaceId, UUID parentId) {
        return jdbc.sql("select " + COLUMNS + " from tasks t where t.workspace_id = :ws and t.parent_id = :parent order by t.created_at, t.id")
                .param("ws", workspaceId).param("parent", parentId).query(RecordMapper.of(Task.class)).list();
    }

    /** The next number of a project, for a task that moves into it. */
    int nextNumber(UUID workspaceId, UUID projectId) {
        limitNumberWait();
        return jdbc.sql(NEXT_NUMBER).param("ws", workspaceId).param("project", projectId).query(Integer.class).single();
    }

    /**
     * An import holds its projects' counters until it commits, a minute for a million rows: a create waits for
     * {@link #NUMBER_WAIT} at most (then answers busy), so that waiting requests cannot take every connection.
     */
    private void limitNumberWait() {
        jdbc.sql("select set_config('lock_timeout', :wait, true)").param("wait", NUMBER_WAIT.toMillis() + "ms")
                .query().singleValue();
    }

    /** Keeps a moving task's key leading to it: its project and number before the move. */
    void rememberKey(UUID workspaceId, Task before) {
        jdbc.sql("""
                        insert into task_key_history (workspace_id, project_id, number, task_id)
                        values (:ws, :project, :number, :task)""")
                .param("ws", workspaceId).param("project", before.projectId()).param("number", before.number())
                .param("task", before.id()).update();
    }

    /** The task with number {@code number} in the project, or the one that had it there before it moved. */
    Optional<Task> findByNumber(UUID workspaceId, UUID projectId, int number) {
        return jdbc.sql("""
                        select %s from tasks t where t.workspace_id = :ws and t.id = coalesce(
                            (select id from tasks where workspace_id = :ws and project_id = :project and number = :number),
                            (select task_id from task_key_history
                             where workspace_id = :ws and project_id = :project and number = :number))""".formatted(COLUMNS))
                .param("ws", workspaceId).param("project", projectId).param("number", number)
                .query(RecordMapper.of(Task.class)).optional();
    }

    boolean delete(UUID workspaceId, UUID id) {
        return jdbc.sql("delete from tasks where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).update() == 1;
    }

    double endOfColumn(UUID workspaceId, UUID projectId, TaskStatus status) {
        Double last = jdbc.sql("select max(position) from tasks where workspace_id = :ws and project_id = :project and status = :status")
                .param("ws", workspaceId).param("project", projectId).param("status", status.name())
                .query(Double.class).optional().orElse(null);
        return last == null ? GAP : last + GAP;
    }

    /** The positions around a drop point: of the task after which it goes (or null for the top) and of the next one. */
    List<Double> neighbours(UUID workspaceId, UUID projectId, TaskStatus status, Double afterPosition, UUID movingId) {
        return jdbc.sql("""
                        select position from tasks
                        where workspace_id = :ws and project_id = :project and status = :status and id <> :moving
                          and (cast(:after as double precision) is null or position > :after)
                        order by position limit 1""")
                .param("ws", workspaceId).param("project", projectId).param("status", status.name())
                .param("after", afterPosition).param("moving", movingId)
                .query(Double.class).list();
    }

    /** Spreads a column's positions evenly again once drops have halved a gap too often; versions stay. */
    void renumber(UUID workspaceId, UUID projectId, TaskStatus status) {
        jdbc.sql("""
                        update tasks t set position = r.n * :gap
                        from (select id, row_number() over (order by position, id) as n from tasks
                              where workspace_id = :ws and project_id = :project and status = :status) r
                        where t.workspace_id = :ws and t.id = r.id""")
                .param("ws", workspaceId).param("project", projectId).param("status", status.name()).param("gap", GAP)
                .update();
    }

    /** A task with its sort key as text, which the next page's cursor carries. */
    record Keyed(Task task, String sortKey) {
    }

    List<Keyed> list(UUID workspaceId, TaskFilter filter, TaskSort sort, Cursor after, int limit) {
        return list(workspaceId, filter, sort, sort.descending(), after, limit);
    }

    List<Keyed> list(UUID workspaceId, TaskFilter filter, TaskSort sort, boolean descending, Cursor after, int limit) {
        RecordMapper<Task> tasks = RecordMapper.of(Task.class);
        return listStatement(workspaceId, filter, sort, descending, after, limit)
                .query((rs, n) -> new Keyed(tasks.mapRow(rs, n), rs.getString("sort_key"))).list();
    }

    /** The same rows as {@link #list}, each handed to {@code rows} as it is read: {@link #COLUMNS}, then the sort key. */
    void list(UUID workspaceId, TaskFilter filter, TaskSort sort, Cursor after, int limit, RowCallbackHandler rows) {
        list(workspaceId, filter, sort, sort.descending(), after, limit, rows);
    }

    void list(UUID workspaceId, TaskFilter filter, TaskSort sort, boolean descending, Cursor after, int limit, RowCallbackHandler rows) {
        listStatement(workspaceId, filter, sort, descending, after, limit).query(rows);
    }

    private JdbcClient.StatementSpec listStatement(UUID workspaceId, TaskFilter filter, TaskSort sort, boolean descending, Cursor after,
                                                   int limit) {
        TaskFilterSql where = TaskFilterSql.of(workspaceId, filter, sort, descending, after);
        String direction = descending ? " desc" : "";
        String sql = page(where.where(), sort.key(), sort.orderBy(descending), "t.sort_value" + direction + ", t.id" + direction);
        return where.bind(jdbc.sql(sql)).param("limit", limit);
    }

    /**
     * A page of tasks: {@link #COLUMNS}, then the sort key as text. The page's rows are chosen first and the rest read
     * for those only: in one select the subqueries ran for every row the sort then passed over (a table sorted by due
     * date read them for a whole workspace to show 50). The states come from two joins on the page's projects' states,
     * as two subqueries per row they took two thirds of a 500-task board's time.
     */
    private static String page(String where, String key, String orderBy, String pageOrderBy) {
        return """
                with page as (select %s, %s as sort_value from tasks t where %s order by %s limit :limit),
                     first_states as (select distinct on (project_id, category) project_id, category, id, name from project_states
                                      where workspace_id = :ws and project_id in (select project_id from page)
                                      order by project_id, category, position, id)
                select %s,
                       coalesce(ps.id, fs.id) as state_id, coalesce(ps.name, fs.name) as state_name,
                       %s, t.sort_value::text as sort_key
                from page t
                left join project_states ps on ps.id = t.state_id and ps.category = t.status
                left join first_states fs on t.state_id is null and fs.project_id = t.project_id and fs.category = t.status
                order by %s""".formatted(PAGE_COLUMNS, key, where, orderBy, OWN_COLUMNS + ",\n" + KEY_AND_LABELS, RELATIONS, pageOrderBy);
    }

    long count(UUID workspaceId, TaskFilter filter) {
        TaskFilterSql where = TaskFilterSql.of(workspaceId, filter, null, null);
        return where.bind(jdbc.sql("select count(*) from tasks t where " + where.where())).query(Long.class).single();
    }

    List<Task> dueBetween(UUID workspaceId, List<UUID> projectIds, LocalDate from, LocalDate to, int limit) {
        String where = "t.workspace_id = :ws and t.due_date between :from and :to and " + IN_PROJECTS;
        String order = "t.due_date, t.position, t.id";
        return jdbc.sql(page(where, "t.due_date", order, order))
                .param("ws", workspaceId).param("from", from).param("to", to)
                .param("projects", projectIds.stream().map(UUID::toString).toArray(String[]::new)).param("limit", limit)
                .query(RecordMapper.of(Task.class)).list();
    }

    Map<TaskStatus, Long> columnCounts(UUID workspaceId, UUID projectId) {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from tasks where workspace_id = :ws and project_id = :project group by status")
                .param("ws", workspaceId).param("project", projectId)
                .query(rs -> {
                    counts.put(TaskStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** Per day of a range with due tasks: its first {@code perDay} tasks by position and its total. */
    List<CalendarDay> dueByDay(UUID workspaceId, List<UUID> projectIds, LocalDate from, LocalDate to, int perDay) {
        Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
        RecordMapper<Task> mapper = RecordMapper.of(Task.class);
        jdbc.sql("""
                        with days as (
                            select t.due_date, count(*) as total from tasks t
                            where t.workspace_id = :ws and t.due_date between :from and :to and %1$s
                            group by t.due_date)
                        select %2$s, days.total from days cross join lateral (
                            select * from tasks t
                            where t.workspace_id = :ws and t.due_date = days.due_date and %1$s
                            order by t.position, t.id limit :perDay) t
                        order by t.due_date, t.position, t.id""".formatted(IN_PROJECTS, COLUMNS))
                .param("ws", workspaceId).param("from", from).param("to", to).param("perDay", perDay)
                .param("projects", projectIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    Task task = mapper.mapRow(rs, 0);
                    long total = rs.getLong("total");
                    days.computeIfAbsent(task.dueDate(), d -> new CalendarDay(d, total, new ArrayList<>())).tasks().add(task);
                });
        return List.copyOf(days.values());
    }

    /** One pass over the workspace's tasks for all five home-page counts and their 30-day windows. */
    TaskSummary summary(UUID workspaceId, UUID userId) {
        return jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where created_at >= now() - interval '30 days') as total_recent,
                               count(*) filter (where created_at >= now() - interval '60 days' and created_at < now() - interval '30 days') as total_prior,
                               count(*) filter (where assignee_id = :user) as mine,
                               count(*) filter (where assignee_id = :user and created_at >= now() - interval '30 days') as mine_recent,
                               count(*) filter (where assignee_id = :user and created_at >= now() - interval '60 days' and created_at < now() - interval '30 days') as mine_prior,
                               count(*) filter (where status = 'IN_PROGRESS') as doing,
                               count(*) filter (where status = 'IN_PROGRESS' and updated_at >= now() - interval '30 days') as doing_recent,
                               count(*) filter (where status = 'IN_PROGRESS' and updated_at >= now() - interval '60 days' and updated_at < now() - interval '30 days') as doing_prior,
                               count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where status = 'DONE' and updated_at >= now() - interval '30 days') as done_recent,
                               count(*) filter (where status = 'DONE' and updated_at >= now() - interval '60 days' and updated_at < now() - interval '30 days') as done_prior,
                               count(*) filter (where %1$s and due_date < current_date) as overdue,
                               count(*) filter (where %1$s and due_date < current_date and due_date >= current_date - 30) as overdue_recent,
                               count(*) filter (where %1$s and due_date < current_date - 30 and due_date >= current_date - 60) as overdue_prior
                        from tasks where workspace_id = :ws""".formatted(TaskStatus.OPEN_SQL))
                .param("ws", workspaceId).param("user", userId)
                .query((rs, n) -> new TaskSummary(count(rs, "total"), count(rs, "mine"), count(rs, "doing"),
                        count(rs, "done"), count(rs, "overdue")))
                .single();
    }

    private static TaskSummary.Count count(java.sql.ResultSet rs, String name) throws java.sql.SQLException {
        return new TaskSummary.Count(rs.getLong(name), rs.getLong(name + "_recent"), rs.getLong(name + "_prior"));
    }

    /** The last position of every status column of every project in the workspace (one index probe each). */
    Map<TaskCopy.ColumnKey, Double> columnEnds(UUID workspaceId) {
        Map<TaskCopy.ColumnKey, Double> ends = new HashMap<>();
        jdbc.sql("""
                        select p.id as project_id, s.status,
                               (select max(t.position) from tasks t
                                where t.workspace_id = p.workspace_id and t.project_id = p.id and t.status = s.status) as last
                        from projects p cross join unnest(cast(:statuses as text[])) as s(status)
                        where p.workspace_id = :ws""")
                .param("ws", workspaceId)
                .param("statuses", java.util.Arrays.stream(TaskStatus.values()).map(Enum::name).toArray(String[]::new))
                .query(rs -> {
                    double last = rs.getDouble("last");
                    if (!rs.wasNull()) {
                        ends.put(new TaskCopy.ColumnKey(rs.getObject("project_id", UUID.class),
                                TaskStatus.valueOf(rs.getString("status"))), last);
                    }
                });
        return ends;
    }

    /** Locks the counters of the projects an import writes to, until it commits; see {@link NumberCounters#lock}. */
    Map<UUID, Integer> lockNumbers(UUID workspaceId, Set<UUID> projects, Runnable waiting) {
        return counters.lock(workspaceId, projects, waiting);
    }

    /** Advances the counters an import used to the last numbers it gave, in one statement. */
    void saveNumbers(UUID workspaceId, Map<UUID, Integer> lastNumbers) {
        if (lastNumbers.isEmpty()) {
            return;
        }
        List<Map.Entry<UUID, Integer>> entries = List.copyOf(lastNumbers.entrySet());
        jdbc.sql("""
                        update task_numbers c set last_number = v.last_number
                        from unnest(cast(:projects as uuid[]), cast(:numbers as integer[])) as v(project_id, last_number)
                        where c.workspace_id = :ws and c.project_id = v.project_id""")
                .param("ws", workspaceId)
                .param("projects", entries.stream().map(e -> e.getKey().toString()).toArray(String[]::new))
                .param("numbers", entries.stream().map(Map.Entry::getValue).toArray(Integer[]::new))
                .update();
    }

    /**
     * Starts COPY into tasks on the connection of the caller's transaction. With {@code deferIndexMerge} the search
     * index's pending list may grow to 32 MB in this transaction (4 MB by default): merging it into the index is
     * then done in a few large batches instead of many small ones, the largest single cost of a bulk insert
     * here, and {@link #tidySearchIndex} merges what is left once the import has committed.
     */
    Connection copyConnection(boolean deferIndexMerge) {
        if (deferIndexMerge) {
            jdbc.sql("set local gin_pending_list_limit = '32MB'").update();
        }
        return DataSourceUtils.getConnection(dataSource);
    }

    /** Merges the search index's pending entries into the index, so that searches need not scan them. */
    void tidySearchIndex() {
        jdbc.sql("select gin_clean_pending_list('tasks_search_workspace')").query().singleValue();
    }

    /** Removes exactly the tasks of one import, found through the unique (import_id, source_row) index. */
    int deleteImported(UUID workspaceId, UUID importId) {
        return jdbc.sql("delete from tasks where import_id = :import and workspace_id = :ws")
                .param("import", importId).param("ws", workspaceId).update();
    }

    /**
     * Hands the filtered tasks in order to {@code writer} as they come through a server-side cursor, {@code fetchSize}
     * rows at a time, on the reads pool. The cursor needs the caller's transaction on that pool ({@link Reads#TRANSACTIONS}).
     */
    void export(UUID workspaceId, TaskFilter filter, TaskSort sort, int fetchSize, Consumer<Stream<TaskExportRow>> writer) {
        TaskFilterSql where = TaskFilterSql.of(workspaceId, filter, sort, null);
        String sql = """
                select p.key || '-' || t.number as key, t.title, t.description, t.status, t.priority, u.email as assignee_email, t.due_date,
                       p.name as project_name,
                       (select pp.key || '-' || pt.number from tasks pt join projects pp on pp.id = pt.project_id
                        where pt.id = t.parent_id) as parent_key,
                       array_to_string(array(select l.name from task_labels tl join labels l on l.id = tl.label_id
                                             where tl.task_id = t.id order by lower(l.name)), ', ') as labels,
                       array_to_string(array(
                           select case when l.kind = 'RELATES' then 'relates to ' when l.from_task = t.id then 'blocks '
                                       else 'blocked by ' end || op.key || '-' || o.number
                           from task_links l
                           join tasks o on o.id = case when l.from_task = t.id then l.to_task else l.from_task end
                           join projects op on op.id = o.project_id
                           where l.workspace_id = t.workspace_id and (l.from_task = t.id or l.to_task = t.id)
                           order by case when l.kind = 'RELATES' then 2 when l.from_task = t.id then 0 else 1 end, op.key, o.number), '; ') as links
                from tasks t
                join projects p on p.workspace_id = t.workspace_id and p.id = t.project_id
                left join users u on u.id = t.assignee_id
                where\s""" + where.where() + " order by " + sort.orderBy();
        try (Stream<TaskExportRow> rows = where.bind(reads.sql(sql)).withFetchSize(fetchSize)
                .query(TaskRepository::exportRow).stream()) {
            writer.accept(rows);
        }
    }

    private static TaskExportRow exportRow(ResultSet rs, int row) throws SQLException {
        return new TaskExportRow(rs.getString("key"), rs.getString("title"), rs.getString("description"),
                TaskStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getString("assignee_email"), rs.getObject("due_date", LocalDate.class), rs.getString("project_name"),
                rs.getString("parent_key"), rs.getString("labels"), rs.getString("links"));
    }
}
