package dev.pms.task;

import dev.pms.platform.Ids;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Streams imported tasks into PostgreSQL with COPY (text format) inside the caller's transaction. Each
 * row gets a new UUIDv7 and a position after the current end of its project's status column, so imported
 * tasks line up below the existing ones in file order. Not thread-safe; one per import run.
 */
public final class TaskCopy {
    static final String SQL = """
            copy tasks (id, workspace_id, project_id, title, description, status, priority, assignee_id, due_date,
                        position, import_id, source_row, created_by, updated_by) from stdin""";
    private final PGCopyOutputStream out;
    private final Map<ColumnKey, Double> columnEnds;
    private final String prefix;
    private final String importIdText;
    private final String suffix;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    record ColumnKey(UUID projectId, TaskStatus status) {
    }

    TaskCopy(CopyIn copyIn, Map<ColumnKey, Double> columnEnds, UUID workspaceId, UUID importId, UUID userId) {
        this.out = new PGCopyOutputStream(copyIn, 1 << 16);
        this.columnEnds = new HashMap<>(columnEnds);
        this.prefix = "\t" + workspaceId + "\t";
        this.suffix = "\t" + userId + "\t" + userId + "\n";
        this.importIdText = "\t" + importId + "\t";
    }

    public void add(ImportedTask task) {
        line.setLength(0);
        line.append(Ids.next()).append(prefix).append(task.projectId()).append('\t');
        escape(task.title());
        line.append('\t');
        escape(task.description());
        line.append('\t').append(task.status().name()).append('\t').append(task.priority().name()).append('\t');
        line.append(task.assigneeId() == null ? "\\N" : task.assigneeId().toString()).append('\t');
        line.append(task.dueDate() == null ? "\\N" : task.dueDate().toString()).append('\t');
        line.append(nextPosition(task.projectId(), task.status())).append(importIdText).append(task.sourceRow()).append(suffix);
        try {
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into tasks failed", e);
        }
        rows++;
    }

    /** Ends the COPY and returns the number of rows PostgreSQL stored. */
    public long finish() {
        try {
            out.flush();
            return out.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into tasks failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into tasks failed: " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Aborts the COPY; the surrounding transaction must then roll back. */
    public void abort() {
        try {
            if (out.isActive()) {
                out.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private double nextPosition(UUID projectId, TaskStatus status) {
        ColumnKey key = new ColumnKey(projectId, status);
        double position = columnEnds.getOrDefault(key, 0.0) + TaskRepository.GAP;
        columnEnds.put(key, position);
        return position;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
