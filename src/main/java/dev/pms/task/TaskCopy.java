package dev.pms.task;

import dev.pms.platform.Ids;
import dev.pms.platform.db.Connections;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Streams imported tasks into PostgreSQL with COPY in its binary format, inside the caller's transaction:
 * the server stores the values as sent instead of parsing text. Each row gets a new UUIDv7 and a position
 * after the current end of its project's status column, so imported tasks line up below the existing ones
 * in file order, and the next number of its project: the caller holds the projects' counter rows locked from
 * the start, so one import's numbers form one contiguous range per project. Not thread-safe; one per import run.
 */
public final class TaskCopy {
    static final String COLUMNS = """
            id, workspace_id, project_id, title, description, status, priority, assignee_id, due_date,
            position, import_id, source_row, created_by, updated_by, external_key""";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final short FIELDS = 15;
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private final Connection connection;
    private final PGCopyOutputStream copy;
    private final DataOutputStream out;
    private final Map<ColumnKey, Double> columnEnds;
    private final Map<UUID, Integer> lastNumbers;
    private final Map<UUID, Integer> assigned = new HashMap<>();
    private final short fields;
    private final boolean deferredIndexMerge;
    private final UUID workspaceId;
    private final UUID importId;
    private final UUID userId;
    private long rows;

    record ColumnKey(UUID projectId, TaskStatus status) {
    }

    /**
     * Starts the COPY into {@code table} (tasks, or an upsert's staging table) on {@code connection}, the caller's
     * transaction's. With {@code lastNumbers} (the locked counters of the projects rows may go to) each row gets its
     * project's next number; without them (staging) the merge numbers the rows it inserts.
     */
    TaskCopy(Connection connection, String table, boolean deferredIndexMerge, Map<ColumnKey, Double> columnEnds,
             Map<UUID, Integer> lastNumbers, UUID workspaceId, UUID importId, UUID userId) {
        this.connection = connection;
        try {
            String sql = "copy " + table + " (" + COLUMNS + (lastNumbers == null ? "" : ", number") + ") from stdin (format binary)";
            this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), 1 << 16);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start COPY into tasks: " + e.getMessage(), e);
        }
        this.out = new DataOutputStream(new BufferedOutputStream(copy, 1 << 16));
        this.columnEnds = new HashMap<>(columnEnds);
        this.lastNumbers = lastNumbers == null ? null : Map.copyOf(lastNumbers);
        this.fields = (short) (lastNumbers == null ? FIELDS : FIELDS + 1);
        this.deferredIndexMerge = deferredIndexMerge;
        this.workspaceId = workspaceId;
        this.importId = importId;
        this.userId = userId;
        try {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into tasks failed", e);
        }
    }

    public void add(ImportedTask task) {
        try {
            out.writeShort(fields);
            uuid(Ids.next());
            uuid(workspaceId);
            uuid(task.projectId());
            text(task.title());
            text(task.description());
            text(task.status().name());
            text(task.priority().name());
            uuid(task.assigneeId());
            date(task.dueDate());
            out.writeInt(8);
            out.writeDouble(nextPosition(task.projectId(), task.status()));
            uuid(importId);
            out.writeInt(4);
            out.writeInt(task.sourceRow());
            uuid(userId);
            uuid(userId);
            nullableText(task.externalKey());
            if (lastNumbers != null) {
                out.writeInt(4);
                out.writeInt(nextNumber(task.projectId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into tasks failed", e);
        }
        rows++;
    }

    /** Ends the COPY and returns the number of rows PostgreSQL stored. */
    public long finish() {
        try {
            out.writeShort(-1);
            out.flush();
            return copy.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into tasks failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into tasks failed: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    UUID importId() {
        return importId;
    }

    UUID userId() {
        return userId;
    }

    boolean deferredIndexMerge() {
        return deferredIndexMerge;
    }

    /**
     * Aborts the COPY; the surrounding transaction must then roll back. PgJDBC keeps the connection locked while
     * a COPY is open, so a rollback issued before the cancel would wait forever. When the COPY cannot be
     * cancelled (the failure that brought us here may strike again, an OutOfMemoryError say), the session is
     * aborted instead: the server then rolls back by itself, and the rollback fails at once instead of waiting.
     */
    public void abort() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (Throwable e) {
            Connections.abort(connection);
        }
    }

    /** Whether this copy numbers its rows (into tasks), or leaves that to a merge (into staging). */
    boolean numbered() {
        return lastNumbers != null;
    }

    /** The last number each project got from this copy: what its counter row must say once the copy ends. */
    Map<UUID, Integer> assignedNumbers() {
        return Map.copyOf(assigned);
    }

    private int nextNumber(UUID projectId) {
        Integer last = assigned.get(projectId);
        if (last == null) {
            last = lastNumbers.get(projectId);
            if (last == null) {
                throw new IllegalStateException("A row went to a project whose task numbers this import did not lock");
            }
        }
        assigned.put(projectId, last + 1);
        return last + 1;
    }

    private double nextPosition(UUID projectId, TaskStatus status) {
        ColumnKey key = new ColumnKey(projectId, status);
        double position = columnEnds.getOrDefault(key, 0.0) + TaskRepository.GAP;
        columnEnds.put(key, position);
        return position;
    }

    private void uuid(UUID value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(16);
        out.writeLong(value.getMostSignificantBits());
        out.writeLong(value.getLeastSignificantBits());
    }

    private void text(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private void nullableText(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            text(value);
        }
    }

    private void date(LocalDate value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(4);
        out.writeInt(Math.toIntExact(value.toEpochDay() - PG_EPOCH_DAY));
    }
}
