package dev.pms.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.UUID;

/**
 * The creator of an imported task is the person who imported it, unless the file names its reporter (Jira's Reporter,
 * Redmine's Author, Linear's Creator) and that person is a member: then it is the reporter. Set after the COPY, in
 * its transaction, one statement per batch of rows.
 */
@Service
public class ImportedReporters {
    private final JdbcClient jdbc;

    ImportedReporters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes {@code users[i]} the creator of the task import {@code importId} created at {@code rows[i]}. */
    public void creators(UUID workspaceId, UUID importId, int[] rows, UUID[] users) {
        jdbc.sql("""
                        update tasks t set created_by = r.user_id
                        from unnest(cast(:rows as int[]), cast(:users as uuid[])) as r(source_row, user_id)
                        where t.workspace_id = :ws and t.import_id = :import and t.source_row = r.source_row""")
                .param("ws", workspaceId).param("import", importId).param("rows", rows)
                .param("users", Arrays.stream(users).map(UUID::toString).toArray(String[]::new)).update();
    }
}
