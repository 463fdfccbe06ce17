package dev.pms.ops;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Bulk writes for the seed command. It fills every table at once, so its COPY statements are the one
 * place outside each table's own repository that writes to them; it is a benchmark tool, not a feature.
 */
@Repository
class SeedRepository {
    private final DataSource dataSource;

    SeedRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A writer of COPY text rows into {@code table (columns)} on the current transaction's connection. */
    Writer copy(String table, String columns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            var out = new PGCopyOutputStream(pg, "copy " + table + " (" + columns + ") from stdin", 1 << 20);
            return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 20);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed to start", e);
        }
    }

    /** Fresh planner statistics, so the first queries after a seed already pick the right indexes. */
    void analyze() {
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("analyze users, workspaces, members, projects, tasks");
    }

    static void row(Writer out, Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(values[i] == null ? "\\N" : values[i].toString());
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
