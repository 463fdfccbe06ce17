package dev.pms.comment;

import dev.pms.platform.Ids;
import dev.pms.platform.markdown.Markdown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Comments an import brings along from the tool it comes from (Jira's Comment columns), written in the import's
 * transaction in one statement per batch, onto the tasks it created at the rows given. Each is rendered and
 * sanitised as any comment is, mentioning nobody.
 * <p>
 * They publish no {@link CommentAdded} and so notify no one: they are history, read in the other tool long ago, and
 * an import of thousands of tasks would fill every watcher's inbox (and mailbox) with them.
 */
@Service
public class ImportedComments {
    private final JdbcClient jdbc;

    ImportedComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the comment at each index: on the task import {@code importId} created at {@code rows[i]}, by {@code authors[i]}. */
    public void add(UUID workspaceId, UUID importId, int[] rows, UUID[] authors, String[] bodies) {
        String[] ids = new String[rows.length];
        String[] html = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = Ids.next().toString(); // time-ordered: a task's comments keep the file's order
            html[i] = Markdown.html(bodies[i]);
        }
        jdbc.sql("""
                        insert into comments (id, workspace_id, task_id, author_id, body, html)
                        select c.id, :ws, t.id, c.author_id, c.body, c.html
                        from unnest(cast(:ids as uuid[]), cast(:rows as int[]), cast(:authors as uuid[]), cast(:bodies as text[]),
                                    cast(:html as text[])) as c(id, source_row, author_id, body, html)
                        join tasks t on t.workspace_id = :ws and t.import_id = :import and t.source_row = c.source_row""")
                .param("ws", workspaceId).param("import", importId).param("ids", ids).param("rows", rows)
                .param("authors", java.util.Arrays.stream(authors).map(UUID::toString).toArray(String[]::new))
                .param("bodies", bodies).param("html", html).update();
    }
}
