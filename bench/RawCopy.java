import java.io.FileInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The benchmark's baseline: loads a prepared COPY text file into tasks with PostgreSQL's COPY, in one
 * transaction on a new connection, as `psql \copy` would, and gives the milliseconds from the start of
 * the COPY to its commit. `clean` deletes a workspace's tasks and vacuums, so that every run starts from
 * the same table.
 *   java -cp postgresql.jar RawCopy.java copy <jdbc-url> <file>
 *   java -cp postgresql.jar RawCopy.java clean <jdbc-url> <workspace-id>
 *   java -cp postgresql.jar RawCopy.java count <jdbc-url> <import-id>   (prints: tasks, distinct source rows)
 */
public class RawCopy {
    static final String COLUMNS = "id, workspace_id, project_id, title, description, status, priority, assignee_id, "
            + "due_date, position, import_id, source_row, created_by, updated_by, number";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "count" -> {
                try (Connection db = connect(args[1]); Statement s = db.createStatement();
                     var rs = s.executeQuery("select count(*), count(distinct source_row) from tasks where import_id = '" + args[2] + "'")) {
                    rs.next();
                    System.out.println(rs.getLong(1) + " " + rs.getLong(2));
                }
            }
            case "clean" -> clean(args[1], args[2]);
            default -> System.out.println(copyMillis(args[1], args[2]));
        }
    }

    static void clean(String url, String workspaceId) throws SQLException {
        try (Connection db = connect(url); Statement s = db.createStatement()) {
            s.executeUpdate("delete from tasks where workspace_id = '" + workspaceId + "'");
            s.execute("vacuum analyze tasks");
        }
    }

    /** {@code settings}: more SET LOCAL statements for the COPY's transaction (bench/CopyVariants.java). */
    static long copyMillis(String url, String file, String... settings) throws Exception {
        try (Connection db = connect(url)) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            try (Statement s = db.createStatement()) {
                s.execute("set local gin_pending_list_limit = '32MB'"); // as PMS's import does
                for (String setting : settings) {
                    s.execute(setting);
                }
            }
            try (InputStream in = new FileInputStream(file)) {
                db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy tasks (" + COLUMNS + ") from stdin", in, 1 << 16);
            }
            db.commit();
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
