import java.io.FileInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The benchmark's baseline: loads a prepared COPY text file into tasks with PostgreSQL's COPY, in one
 * transaction, and prints the milliseconds it took. `clean` deletes a workspace's tasks and vacuums, so
 * that every run starts from the same table.
 *   java -cp postgresql.jar RawCopy.java copy <jdbc-url> <file>
 *   java -cp postgresql.jar RawCopy.java clean <jdbc-url> <workspace-id>
 *   java -cp postgresql.jar RawCopy.java count <jdbc-url> <import-id>   (prints: tasks, distinct source rows)
 */
public class RawCopy {
    static final String COLUMNS = "id, workspace_id, project_id, title, description, status, priority, assignee_id, "
            + "due_date, position, import_id, source_row, created_by, updated_by";

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "postgres")) {
            if (args[0].equals("count")) {
                try (Statement s = db.createStatement();
                     var rs = s.executeQuery("select count(*), count(distinct source_row) from tasks where import_id = '" + args[2] + "'")) {
                    rs.next();
                    System.out.println(rs.getLong(1) + " " + rs.getLong(2));
                }
                return;
            }
            if (args[0].equals("clean")) {
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("delete from tasks where workspace_id = '" + args[2] + "'");
                    s.execute("vacuum analyze tasks");
                }
                return;
            }
            db.setAutoCommit(false);
            long start = System.nanoTime();
            try (Statement s = db.createStatement()) {
                s.execute("set local gin_pending_list_limit = '32MB'"); // as PMS's import does
            }
            try (InputStream in = new FileInputStream(args[2])) {
                db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy tasks (" + COLUMNS + ") from stdin", in, 1 << 16);
            }
            db.commit();
            System.out.println((System.nanoTime() - start) / 1_000_000);
        }
    }
}
