package dev.pms.imports;

import dev.pms.platform.jdbc.Cursor;
import dev.pms.platform.jdbc.Page;
import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads of imports: one import's status and counts, the history, and the error report. */
@Service
@Transactional(readOnly = true)
public class ImportQueries {
    private final ImportRepository imports;
    private final ImportExtrasRepository extras;

    ImportQueries(ImportRepository imports, ImportExtrasRepository extras) {
        this.imports = imports;
        this.extras = extras;
    }

    public Import get(WorkspaceAccess access, UUID importId) {
        return imports.find(access.workspaceId(), importId).orElseThrow(() -> ProblemException.notFound("import"));
    }

    public Page<Import> history(WorkspaceAccess access, String cursor, int limit) {
        UUID before = cursor == null ? null : Cursor.decode(cursor, 1).uuid(0);
        List<Import> rows = imports.history(access.workspaceId(), before, limit + 1);
        return Page.of(rows, limit, i -> Cursor.of(i.id()));
    }

    /** The instance's imports of the last {@code period}, all workspaces: for instance admins only. */
    public ImportActivity instanceActivity(Duration period) {
        return imports.activitySince(period);
    }

    /** Streams the rejected rows of an import in file order. */
    public void errors(WorkspaceAccess access, UUID importId, Consumer<RowError> sink) {
        get(access, importId);
        imports.errors(access.workspaceId(), importId, sink);
    }

    /** The preview of an upload, once its file has been read. */
    public ImportPreview preview(WorkspaceAccess access, UUID importId) {
        get(access, importId);
        return imports.preview(access.workspaceId(), importId).map(json -> ImportJson.read(json, ImportPreview.class))
                .orElseThrow(() -> ProblemException.conflict("preview-not-ready",
                        "This upload has no preview: its file is still being read, or it was imported at once."));
    }

    /** The assignee a task's file named who was no member, so the import left the task unassigned ("originally: Name"). */
    public java.util.Optional<String> originalAssignee(WorkspaceAccess access, UUID taskId) {
        return imports.originalAssignee(access.workspaceId(), taskId);
    }

    /** The reporter and other people a task's file named who were no members, kept by name (empty when there were none). */
    public java.util.Optional<OriginalNames> originalNames(WorkspaceAccess access, UUID taskId) {
        return extras.originals(access.workspaceId(), taskId).map(o -> new OriginalNames(o.reporter(), o.others()));
    }

    /** The first rejected rows of an import, for the page to list inline. */
    public List<RowError> firstErrors(WorkspaceAccess access, UUID importId, int limit) {
        return imports.firstErrors(access.workspaceId(), importId, limit);
    }
}
