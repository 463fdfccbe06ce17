package dev.pms.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.UUID;

/**
 * The watchers an import brings along (a Trello card's other members, Jira's Watchers columns): one statement per
 * batch, in the import's transaction, onto the tasks it created. Members only; notifying them of the import is left
 * out, as it is for any import (one IMPORTED entry, never one per task). Their rows go with the tasks on undo
 * ({@link TaskNotifications}).
 */
@Service
public class ImportedWatchers {
    private final JdbcClient jdbc;

    ImportedWatchers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes {@code users[i]} watch the task import {@code importId} created at {@code rows[i]}. */
    public void watch(UUID workspaceId, UUID importId, int[] rows, UUID[] users) {
        jdbc.sql("""
                        insert into watchers (workspace_id, task_id, user_id, watching)
                        select :ws, t.id, w.user_id, true
                        from unnest(cast(:rows as int[]), cast(:users as uuid[])) as w(source_row, user_id)
                        join tasks t on t.workspace_id = :ws and t.import_id = :import and t.source_row = w.source_row
                        join members m on m.workspace_id = :ws and m.user_id = w.user_id
                        on conflict (task_id, user_id) do nothing""")
                .param("ws", workspaceId).param("import", importId).param("rows", rows)
                .param("users", Arrays.stream(users).map(UUID::toString).toArray(String[]::new)).update();
    }
}
