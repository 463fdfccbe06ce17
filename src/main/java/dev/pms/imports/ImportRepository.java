package dev.pms.imports;

import dev.pms.platform.jdbc.RecordMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * All SQL of imports, their stored files and their error reports. An import ends at the close of a long
 * transaction, so its end is stamped with clock_timestamp(), not now() (the transaction's start).
 */
@Repository
class ImportRepository {
    private static final String COLUMNS = """
            id, project_id, user_id, file_name, size_bytes, sha256, format, mode, status, rows_total, rows_processed,
            rows_inserted, rows_rejected, bytes_processed, error, created_at, started_at, finished_at,
            undo_requested_at, undone_at, rows_updated, rows_unchanged, preview is not null as preview_ready""";
    private static final String WORK_COLUMNS = COLUMNS + ", workspace_id, date_format, row_limit, undo_requested_by, cast(mapping as text) as mapping";
    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a worker needs to run an import besides its public view. */
    record Work(Import view, UUID workspaceId, String dateFormat, int rowLimit, UUID undoRequestedBy, String mapping) {
    }

    void insert(UUID workspaceId, UUID id, UUID userId, UploadCommand c, ImportFormat format, int rowLimit, ImportStatus status) {
        jdbc.sql("""
                        insert into imports (id, workspace_id, project_id, user_id, file_name, format, mode, date_format, row_limit, status)
                        values (:id, :ws, :project, :user, :name, :format, :mode, :dateFormat, :rowLimit, :status)""")
                .param("status", status.name())
                .param("id", id).param("ws", workspaceId).param("project", c.projectId()).param("user", userId)
                .param("name", c.fileName()).param("format", format.name()).param("mode", c.mode().name())
                .param("dateFormat", c.dateFormat()).param("rowLimit", rowLimit).update();
    }

    void insertChunk(UUID workspaceId, UUID importId, int seq, byte[] data) {
        jdbc.sql("insert into import_file_chunks (import_id, workspace_id, seq, data) values (:id, :ws, :seq, :data)")
                .param("id", importId).param("ws", workspaceId).param("seq", seq).param("data", data).update();
    }

    Import stored(UUID workspaceId, UUID id, long size, String sha256) {
        return jdbc.sql("update imports set size_bytes = :size, sha256 = :sha where workspace_id = :ws and id = :id returning " + COLUMNS)
                .param("ws", workspaceId).param("id", id).param("size", size).param("sha", sha256).query(RecordMapper.of(Import.class)).single();
    }

    Optional<byte[]> chunk(UUID workspaceId, UUID importId, int seq) {
        return jdbc.sql("select data from import_file_chunks where import_id = :id and seq = :seq and workspace_id = :ws")
                .param("ws", workspaceId).param("id", importId).param("seq", seq).query(byte[].class).optional();
    }

    Optional<Import> find(UUID workspaceId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from imports where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).query(RecordMapper.of(Import.class)).optional();
    }

    Optional<Import> findForUpdate(UUID workspaceId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from imports where workspace_id = :ws and id = :id for update")
                .param("ws", workspaceId).param("id", id).query(RecordMapper.of(Import.class)).optional();
    }

    /** An import as a job sees it: the job names its subject, and the job row carries the workspace already checked. */
    Optional<Work> work(UUID workspaceId, UUID id) {
        return jdbc.sql("select " + WORK_COLUMNS + " from imports where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).query(work()).optional();
    }

    /** Marks a queued (or taken-over) import RUNNING and returns it; empty when it has ended or is gone. */
    Optional<Work> start(UUID workspaceId, UUID id) {
        return jdbc.sql("""
                        update imports set status = 'RUNNING', started_at = coalesce(started_at, now()), rows_processed = 0,
                               bytes_processed = 0, error = null
                        where workspace_id = :ws and id = :id and status in ('QUEUED', 'RUNNING')
                        returning\s""" + WORK_COLUMNS)
                .param("ws", workspaceId).param("id", id).query(work()).optional();
    }

    private static RowMapper<Work> work() {
        RecordMapper<Import> view = RecordMapper.of(Import.class);
        return (rs, n) -> new Work(view.mapRow(rs, n), rs.getObject("workspace_id", UUID.class), rs.getString("date_format"),
                rs.getInt("row_limit"), rs.getObject("undo_requested_by", UUID.class), rs.getString("mapping"));
    }

    /** Newest first: ids are UUIDv7, so id order is upload order. */
    List<Import> history(UUID workspaceId, UUID before, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from imports where workspace_id = :ws and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("ws", workspaceId).param("before", before).param("limit", limit).query(RecordMapper.of(Import.class)).list();
    }

    void progress(UUID workspaceId, UUID id, int rows, long bytes) {
        jdbc.sql("update imports set rows_processed = :rows, bytes_processed = :bytes where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("rows", rows).param("bytes", bytes).update();
    }

    /** Ends a queued or running import, and drops its stored file, which nothing reads any more; empty if it had ended. */
    Optional<Import> finish(UUID workspaceId, UUID id, ImportStatus status, Counts counts, String error) {
        return jdbc.sql("""
                        with file as (delete from import_file_chunks where import_id = :id and workspace_id = :ws)
                        update imports set status = :status, rows_total = :total, rows_processed = :total,
                               rows_inserted = :inserted, rows_rejected = :rejected, error = :error, finished_at = clock_timestamp(),
                               bytes_processed = size_bytes
                        where workspace_id = :ws and id = :id and status in ('PREVIEW', 'QUEUED', 'RUNNING')
                        returning\s""" + COLUMNS)
                .param("ws", workspaceId).param("id", id).param("status", status.name()).param("total", counts.total())
                .param("inserted", counts.inserted()).param("rejected", counts.rejected()).param("error", error)
                .query(RecordMapper.of(Import.class)).optional();
    }

    /** An import in PREVIEW whose file has been read: it waits for the user's mapping. */
    Optional<Import> previewed(UUID workspaceId, UUID id, String previewJson, String headerKey, int rows) {
        return jdbc.sql("""
                        update imports set preview = cast(:preview as jsonb), header_key = :header, rows_total = :rows
                        where workspace_id = :ws and id = :id and status = 'PREVIEW' returning\s""" + COLUMNS)
                .param("ws", workspaceId).param("id", id).param("preview", previewJson).param("header", headerKey).param("rows", rows)
                .query(RecordMapper.of(Import.class)).optional();
    }

    Optional<String> preview(UUID workspaceId, UUID id) {
        return jdbc.sql("select cast(preview as text) from imports where workspace_id = :ws and id = :id and preview is not null")
                .param("ws", workspaceId).param("id", id).query(String.class).optional();
    }

    Optional<String> headerKey(UUID workspaceId, UUID id) {
        return jdbc.sql("select header_key from imports where workspace_id = :ws and id = :id and header_key is not null")
                .param("ws", workspaceId).param("id", id).query(String.class).optional();
    }

    /** Stores the confirmed mapping and queues the import. */
    Import confirmed(UUID workspaceId, UUID id, UUID projectId, String mappingJson) {
        return jdbc.sql("""
                        update imports set status = 'QUEUED', project_id = :project, mapping = cast(:mapping as jsonb)
                        where workspace_id = :ws and id = :id and status = 'PREVIEW' returning\s""" + COLUMNS)
                .param("ws", workspaceId).param("id", id).param("project", projectId).param("mapping", mappingJson)
                .query(RecordMapper.of(Import.class)).single();
    }

    void upserted(UUID workspaceId, UUID id, int updated, int unchanged) {
        jdbc.sql("update imports set rows_updated = :updated, rows_unchanged = :unchanged where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("updated", updated).param("unchanged", unchanged).update();
    }

    /** Keeps the names of people imported as unassigned, by the row of their task. */
    void originalPeople(UUID workspaceId, UUID importId, List<Integer> rows, List<String> names) {
        jdbc.sql("""
                        insert into import_original_people (import_id, workspace_id, source_row, original_name)
                        select :id, :ws, p.source_row, p.name
                        from unnest(cast(:rows as integer[]), cast(:names as text[])) as p(source_row, name)""")
                .param("id", importId).param("ws", workspaceId).param("rows", rows.toArray(Integer[]::new))
                .param("names", names.toArray(String[]::new)).update();
    }

    /**
     * The name the file gave as a task's assignee when the import that created it left the task unassigned (the
     * person was no member): one lookup by the task's key, then by (import, row), both primary keys.
     */
    Optional<String> originalAssignee(UUID workspaceId, UUID taskId) {
        return jdbc.sql("""
                        select o.original_name from tasks t
                        join import_original_people o on o.import_id = t.import_id and o.source_row = t.source_row
                        where t.id = :task and t.workspace_id = :ws and o.workspace_id = :ws""")
                .param("ws", workspaceId).param("task", taskId).query(String.class).optional();
    }

    Optional<String> template(UUID workspaceId, String headerKey) {
        return jdbc.sql("select cast(mapping as text) from import_templates where workspace_id = :ws and header_key = :key")
                .param("ws", workspaceId).param("key", headerKey).query(String.class).optional();
    }

    void saveTemplate(UUID workspaceId, String headerKey, String mappingJson) {
        jdbc.sql("""
                        insert into import_templates (workspace_id, header_key, mapping) values (:ws, :key, cast(:mapping as jsonb))
                        on conflict (workspace_id, header_key) do update set mapping = excluded.mapping, updated_at = now()""")
                .param("ws", workspaceId).param("key", headerKey).param("mapping", mappingJson).update();
    }

    List<RowError> firstErrors(UUID workspaceId, UUID importId, int limit) {
        return jdbc.sql("""
                        select row_number, column_name, value, reason from import_errors
                        where import_id = :id and workspace_id = :ws order by seq limit :limit""")
                .param("ws", workspaceId).param("id", importId).param("limit", limit)
                .query((rs, n) -> new RowError(rs.getInt("row_number"), rs.getString("column_name"), rs.getString("value"),
                        rs.getString("reason"))).list();
    }

    void undoRequested(UUID workspaceId, UUID id, UUID userId) {
        jdbc.sql("update imports set undo_requested_by = :user, undo_requested_at = now() where workspace_id = :ws and id = :id")
                .param("ws", workspaceId).param("id", id).param("user", userId).update();
    }

    Import undone(UUID workspaceId, UUID id) {
        return jdbc.sql("update imports set status = 'UNDONE', undone_at = clock_timestamp() where workspace_id = :ws and id = :id returning " + COLUMNS)
                .param("ws", workspaceId).param("id", id).query(RecordMapper.of(Import.class)).single();
    }

    void insertErrors(UUID workspaceId, UUID importId, List<RowError> errors) {
        for (int from = 0; from < errors.size(); from += 1000) {
            List<RowError> batch = errors.subList(from, Math.min(errors.size(), from + 1000));
            int first = from;
            jdbc.sql("""
                            insert into import_errors (import_id, workspace_id, seq, row_number, column_name, value, reason)
                            select :id, :ws, :first + e.n, e.row_number, e.column_name, e.value, e.reason
                            from unnest(cast(:rows as integer[]), cast(:columns as text[]), cast(:values as text[]),
                                        cast(:reasons as text[])) with ordinality as e(row_number, column_name, value, reason, n)""")
                    .param("id", importId).param("ws", workspaceId).param("first", first)
                    .param("rows", batch.stream().map(RowError::row).toArray(Integer[]::new))
                    .param("columns", batch.stream().map(RowError::column).toArray(String[]::new))
                    .param("values", batch.stream().map(RowError::value).toArray(String[]::new))
                    .param("reasons", batch.stream().map(RowError::reason).toArray(String[]::new))
                    .update();
        }
    }

    void errors(UUID workspaceId, UUID importId, Consumer<RowError> sink) {
        jdbc.sql("""
                        select row_number, column_name, value, reason from import_errors
                        where import_id = :id and workspace_id = :ws order by seq""")
                .param("ws", workspaceId).param("id", importId).withFetchSize(1000)
                .query(rs -> {
                    sink.accept(new RowError(rs.getInt("row_number"), rs.getString("column_name"), rs.getString("value"),
                            rs.getString("reason")));
                });
    }

    /** Final counts of a run. */
    /** Operator statistics: deliberately across workspaces, and only ever shown to instance admins. */
    ImportActivity activitySince(Duration period) {
        return jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where status = 'SUCCEEDED') as succeeded,
                               count(*) filter (where status = 'FAILED') as failed,
                               count(*) filter (where status in ('QUEUED', 'RUNNING')) as in_progress,
                               coalesce(sum(rows_inserted) filter (where status = 'SUCCEEDED'), 0) as rows_inserted,
                               coalesce(sum(extract(epoch from finished_at - started_at)) filter (where status = 'SUCCEEDED'), 0) as seconds,
                               coalesce(max(rows_inserted / nullif(extract(epoch from finished_at - started_at), 0))
                                        filter (where status = 'SUCCEEDED'), 0) as fastest
                        from imports where created_at > now() - cast(:period as interval)""")
                .param("period", period.toSeconds() + " seconds")
                .query((rs, n) -> {
                    double seconds = rs.getDouble("seconds");
                    long rows = rs.getLong("rows_inserted");
                    return new ImportActivity(rs.getLong("total"), rs.getLong("succeeded"), rs.getLong("failed"),
                            rs.getLong("in_progress"), rows, seconds > 0 ? rows / seconds : 0, rs.getDouble("fastest"));
                })
                .single();
    }

    record Counts(int total, int inserted, int rejected) {
    }
}
