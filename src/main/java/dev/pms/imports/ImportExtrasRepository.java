package dev.pms.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of the reporters and other people of imported rows who are no members (V113). */
@Repository
class ImportExtrasRepository {
    private final JdbcClient jdbc;

    ImportExtrasRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the names by row; {@code others} holds each row's other names joined by a newline, which no name holds. */
    void insert(UUID workspaceId, UUID importId, int[] rows, String[] reporters, String[] others) {
        jdbc.sql("""
                        insert into import_original_extras (import_id, workspace_id, source_row, reporter, others)
                        select :id, :ws, x.source_row, x.reporter, string_to_array(x.others, E'\\n')
                        from unnest(cast(:rows as integer[]), cast(:reporters as text[]), cast(:others as text[]))
                             as x(source_row, reporter, others)""")
                .param("id", importId).param("ws", workspaceId).param("rows", rows).param("reporters", reporters)
                .param("others", others).update();
    }

    /** The names the file gave a task's reporter and other people, when the import that created it found no members. */
    Optional<ImportExtras.Originals> originals(UUID workspaceId, UUID taskId) {
        return jdbc.sql("""
                        select o.reporter, o.others from tasks t
                        join import_original_extras o on o.import_id = t.import_id and o.source_row = t.source_row
                        where t.id = :task and t.workspace_id = :ws and o.workspace_id = :ws""")
                .param("ws", workspaceId).param("task", taskId)
                .query((rs, n) -> new ImportExtras.Originals(rs.getString("reporter"), names(rs.getArray("others")))).optional();
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
