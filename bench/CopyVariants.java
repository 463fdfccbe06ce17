import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a row of an import spends its time in PostgreSQL: the raw COPY of bench/RawCopy.java into tasks as the
 * schema is, and into variants of it with one feature removed or one setting changed, in rounds that take every
 * variant once, on one server. Before each COPY the table is emptied (TRUNCATE, so that every variant starts from
 * new files), the variant's DDL applied and a CHECKPOINT taken; after it, the WAL the COPY wrote, the pending pages
 * its GIN index kept, how often it found the WAL buffers full, and the time gin_clean_pending_list takes to merge them (what PMS's import does after its
 * commit). Prints each run, then per variant the medians and the median of its time over the current schema's in
 * the same round.
 *   java -cp postgresql.jar CopyVariants.java <jdbc-url> <copy file> <runs> [variant...]   (default: all)
 */
public class CopyVariants {
    record Variant(String name, String apply, String revert, String... settings) {
    }

    private static final String GIN_WORKSPACE = "create index tasks_search_workspace on tasks using gin (workspace_id, search)";
    private static final String STATE_FK = "alter table tasks add constraint tasks_state_id_fkey foreign key (state_id) references project_states";
    private static final String PARENT_FK = "alter table tasks add constraint tasks_parent_id_fkey foreign key (parent_id) references tasks on delete set null";
    private static final String SUBTASK_TRIGGER = "create trigger tasks_subtask_added after insert on tasks for each row "
            + "when (new.parent_id is not null) execute function tasks_keep_has_subtasks()";
    private static final List<Variant> ONE_CHANGE = List.of(
            new Variant("current", "", ""),
            new Variant("no-tasks_state", "drop index tasks_state",
                    "create index tasks_state on tasks (state_id) where state_id is not null"),
            new Variant("no-state-fk", "alter table tasks drop constraint tasks_state_id_fkey", STATE_FK),
            new Variant("no-parent-fk", "alter table tasks drop constraint tasks_parent_id_fkey", PARENT_FK),
            new Variant("no-tasks_parent", "drop index tasks_parent",
                    "create index tasks_parent on tasks (parent_id) where parent_id is not null"),
            new Variant("no-parent-check", "alter table tasks drop constraint tasks_parent_not_self",
                    "alter table tasks add constraint tasks_parent_not_self check (parent_id <> id)"),
            new Variant("no-V109-trigger", "drop trigger tasks_subtask_added on tasks", SUBTASK_TRIGGER),
            new Variant("no-project-number", "drop index tasks_project_number",
                    "create unique index tasks_project_number on tasks (project_id, number)"),
            new Variant("gin-search-alone", "drop index tasks_search_workspace; create index tasks_search on tasks using gin (search)",
                    "drop index tasks_search; " + GIN_WORKSPACE),
            new Variant("no-gin", "drop index tasks_search_workspace", GIN_WORKSPACE),
            new Variant("gin-no-fastupdate", "alter index tasks_search_workspace set (fastupdate = off)",
                    "alter index tasks_search_workspace reset (fastupdate)"),
            new Variant("pending-4MB", "", "", "set local gin_pending_list_limit = '4MB'"),
            new Variant("pending-64MB", "", "", "set local gin_pending_list_limit = '64MB'"),
            new Variant("work_mem-64MB", "", "", "set local work_mem = '64MB'"));
    /** The variants that together take the tasks table back to its indexes, keys and trigger of f36c825. */
    private static final List<String> SINCE_F36C825 = List.of("no-tasks_state", "no-state-fk", "no-parent-fk",
            "no-tasks_parent", "no-parent-check", "no-V109-trigger", "no-project-number", "gin-search-alone");
    private static final List<Variant> VARIANTS = Stream.concat(ONE_CHANGE.stream(), Stream.of(together("as-f36c825", SINCE_F36C825))).toList();
    /** The GIN indexes of tasks, for the statements that read or merge their pending lists. */
    private static final String GIN_OF_TASKS = "from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam "
            + "where i.indrelid = 'tasks'::regclass and a.amname = 'gin'";

    record Run(long copyMillis, long walBytes, long buffersFull, long pendingPages, long tidyMillis) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0], file = args[1];
        int runs = Integer.parseInt(args[2]);
        List<Variant> chosen = args.length > 3 ? pick(List.of(args).subList(3, args.length)) : VARIANTS;
        Map<String, List<Run>> results = new LinkedHashMap<>();
        chosen.forEach(v -> results.put(v.name(), new ArrayList<>()));
        try (Connection admin = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = admin.createStatement()) {
            s.execute("create extension if not exists pgstattuple");
            RawCopy.copyMillis(url, file); // one unmeasured COPY warms the caches and the plans
            System.out.printf("%-18s %5s %8s %8s %8s %8s %8s%n", "variant", "round", "copy_ms", "wal_MB", "wal_full", "pending", "tidy_ms");
            for (int round = 1; round <= runs; round++) {
                for (Variant v : chosen) {
                    Run run = run(s, url, file, v);
                    results.get(v.name()).add(run);
                    System.out.printf("%-18s %5d %8d %8.1f %8d %8d %8d%n", v.name(), round, run.copyMillis(),
                            run.walBytes() / 1e6, run.buffersFull(), run.pendingPages(), run.tidyMillis());
                }
            }
        }
        summary(results);
    }

    private static Run run(Statement s, String url, String file, Variant v) throws Exception {
        s.execute("truncate tasks cascade");
        if (!v.apply().isEmpty()) {
            s.execute(v.apply());
        }
        s.execute("checkpoint");
        long before = lsn(s), full = buffersFull(s);
        long millis = RawCopy.copyMillis(url, file, v.settings());
        long wal = lsn(s) - before;
        full = buffersFull(s) - full;
        long pending = single(s, "select coalesce(sum((pgstatginindex(indexrelid)).pending_pages), 0) " + GIN_OF_TASKS);
        long start = System.nanoTime();
        s.execute("select gin_clean_pending_list(c.oid) " + GIN_OF_TASKS);
        long tidy = (System.nanoTime() - start) / 1_000_000;
        s.execute("truncate tasks cascade");
        if (!v.revert().isEmpty()) {
            s.execute(v.revert());
        }
        return new Run(millis, wal, full, pending, tidy);
    }

    private static void summary(Map<String, List<Run>> results) {
        List<Run> current = results.get("current");
        System.out.printf("%n| variant | COPY (median) | against current, same round (median) | WAL | WAL buffers full | GIN pending pages | merge after commit |%n");
        System.out.println("|---|---|---|---|---|---|---|");
        results.forEach((name, runs) -> {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; current != null && i < runs.size(); i++) {
                ratios.add(100.0 * runs.get(i).copyMillis() / current.get(i).copyMillis() - 100);
            }
            System.out.printf("| %s | %d ms | %s | %.1f MB | %d | %d | %d ms |%n", name,
                    median(runs.stream().map(r -> (double) r.copyMillis()).toList()).longValue(),
                    current == null ? "" : String.format("%+.1f %%", median(ratios)),
                    median(runs.stream().map(r -> (double) r.walBytes()).toList()) / 1e6,
                    median(runs.stream().map(r -> (double) r.buffersFull()).toList()).longValue(),
                    median(runs.stream().map(r -> (double) r.pendingPages()).toList()).longValue(),
                    median(runs.stream().map(r -> (double) r.tidyMillis()).toList()).longValue());
        });
    }

    /** One variant that applies the named ones' changes together, and reverts them together. */
    private static Variant together(String name, List<String> names) {
        List<Variant> parts = names.stream().map(n -> ONE_CHANGE.stream().filter(v -> v.name().equals(n)).findFirst().orElseThrow()).toList();
        return new Variant(name, String.join("; ", parts.stream().map(Variant::apply).toList()),
                String.join("; ", parts.stream().map(Variant::revert).toList()));
    }

    private static List<Variant> pick(List<String> names) {
        return names.stream().map(n -> VARIANTS.stream().filter(v -> v.name().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant " + n))).toList();
    }

    private static long lsn(Statement s) throws SQLException {
        return single(s, "select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint");
    }

    /** Times a backend found the WAL buffers full and wrote them out itself (the COPY's connection reports at its end). */
    private static long buffersFull(Statement s) throws SQLException {
        s.execute("select pg_stat_clear_snapshot()");
        return single(s, "select wal_buffers_full from pg_stat_wal");
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
