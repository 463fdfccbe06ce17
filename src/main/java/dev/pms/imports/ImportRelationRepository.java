package dev.pms.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The SQL that finds the tasks an import's parents and links name: the rows and their references go to two temporary
 * tables, then one statement resolves every reference, first among the file's own rows (by key, then Issue id, then a
 * title no other row has), failing that among the workspace's tasks by an earlier import's key, then by their key.
 */
@Repository
class ImportRelationRepository {
    private static final int BATCH = 10_000;
    private static final String RESOLVE = """
            with named as materialized (
                select r.source_row, r.own_key, r.source_id, r.title, coalesce(n.id, k.id) as task_id
                from import_relation_rows r
                left join tasks n on n.workspace_id = :ws and n.import_id = :import and n.source_row = r.source_row
                left join tasks k on r.own_key is not null and k.workspace_id = :ws and k.external_key = r.own_key
            ), names as (
                select own_key as name, task_id, 1 as rank from named where own_key is not null
                union all
                select source_id, task_id, 2 from named where source_id is not null
                union all
                select title, (array_agg(task_id))[1], 3 from named where title is not null group by title having count(*) = 1
            ), in_file as (
                select distinct on (f.n) f.n, m.task_id
                from import_relation_refs f join names m on m.name = f.ref and m.task_id is not null
                order by f.n, m.rank
            )
            select f.n, me.task_id, coalesce(i.task_id, x.id, (
                       select coalesce(t.id, h.task_id) from projects p
                       left join tasks t on t.workspace_id = :ws and t.project_id = p.id
                            and t.number = cast(substring(f.ref from '-([0-9]{1,9})$') as integer)
                       left join task_key_history h on h.workspace_id = :ws and h.project_id = p.id
                            and h.number = cast(substring(f.ref from '-([0-9]{1,9})$') as integer)
                       where f.ref ~ '^[A-Za-z]{2,10}-[0-9]{1,9}$' and p.workspace_id = :ws
                         and p.key = upper(substring(f.ref from '^([A-Za-z]+)-')))) as target
            from import_relation_refs f
            join named me on me.source_row = f.source_row
            left join in_file i on i.n = f.n
            left join tasks x on i.task_id is null and x.workspace_id = :ws and x.external_key = f.ref""";
    private final JdbcClient jdbc;

    ImportRelationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A reference resolved: the task of its row, and the task it names (null when none was found). */
    record Resolved(int n, UUID task, UUID target) {
    }

    /** Stages the rows and references; both tables live until the import's transaction ends. */
    void stage(ImportRelations relations) {
        jdbc.sql("drop table if exists import_relation_rows, import_relation_refs").update();
        jdbc.sql("create temp table import_relation_rows (source_row integer, own_key text, source_id text, title text) on commit drop").update();
        jdbc.sql("create temp table import_relation_refs (n integer, source_row integer, kind text, ref text) on commit drop").update();
        for (int from = 0; from < relations.rows.size(); from += BATCH) {
            int to = Math.min(relations.rows.size(), from + BATCH);
            jdbc.sql("""
                            insert into import_relation_rows
                            select * from unnest(cast(:rows as integer[]), cast(:keys as text[]), cast(:ids as text[]), cast(:titles as text[]))""")
                    .param("rows", relations.rows.subList(from, to).toArray(Integer[]::new))
                    .param("keys", relations.keys.subList(from, to).toArray(String[]::new))
                    .param("ids", relations.sourceIds.subList(from, to).toArray(String[]::new))
                    .param("titles", relations.titles.subList(from, to).toArray(String[]::new)).update();
        }
        for (int from = 0; from < relations.refs.size(); from += BATCH) {
            int to = Math.min(relations.refs.size(), from + BATCH);
            jdbc.sql("""
                            insert into import_relation_refs
                            select :first + x.n - 1, x.source_row, x.kind, x.ref
                            from unnest(cast(:rows as integer[]), cast(:kinds as text[]), cast(:refs as text[])) with ordinality as x(source_row, kind, ref, n)""")
                    .param("first", from)
                    .param("rows", relations.refRows.subList(from, to).toArray(Integer[]::new))
                    .param("kinds", relations.refKinds.subList(from, to).stream().map(Enum::name).toArray(String[]::new))
                    .param("refs", relations.refs.subList(from, to).toArray(String[]::new)).update();
        }
        // temporary tables are never analysed by autovacuum: without statistics the planner guesses a few rows
        jdbc.sql("analyze import_relation_rows").update();
        jdbc.sql("analyze import_relation_refs").update();
    }

    /** Each staged reference with the task of its row and the task it names, in one statement. */
    void resolve(UUID workspaceId, UUID importId, Consumer<Resolved> sink) {
        jdbc.sql(RESOLVE).param("ws", workspaceId).param("import", importId).withFetchSize(BATCH)
                .query(rs -> {
                    sink.accept(new Resolved(rs.getInt(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)));
                });
    }
}
