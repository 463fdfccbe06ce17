package dev.pms.imports;

import dev.pms.comment.ImportedComments;
import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.ExtraColumns;
import dev.pms.imports.parse.Lookups;
import dev.pms.label.ImportedLabels;
import dev.pms.notification.ImportedWatchers;
import dev.pms.task.ImportedReporters;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Starts the {@link ImportExtras} of a run and writes them after its COPY, in its transaction: set-based statements,
 * one per batch of rows and kind, each in the module that owns the table.
 */
@Component
class ImportExtrasWriter {
    private final Lookups.Loader lookups;
    private final Sinks sinks;
    private final ImportExtrasRepository originals;
    private final ImportProperties properties;

    /** The modules that take what an import brings besides tasks. */
    @Component
    record Sinks(ImportedReporters reporters, ImportedWatchers watchers, ImportedComments comments, ImportedLabels labels) {
    }

    ImportExtrasWriter(Lookups.Loader lookups, Sinks sinks, ImportExtrasRepository originals, ImportProperties properties) {
        this.lookups = lookups;
        this.sinks = sinks;
        this.originals = originals;
        this.properties = properties;
    }

    /**
     * The extras of a run, before its COPY starts (the members are loaded then, only when the file names people: the
     * COPY holds the connection until its end).
     */
    ImportExtras start(ImportRepository.Work work, WorkspaceAccess access, Columns columns) {
        ImportMapping mapping = ImportJson.read(work.mapping(), ImportMapping.class);
        ExtraColumns extra = ExtraColumns.of(columns);
        boolean people = extra.keepsPeopleOrComments() || columns.of(Columns.Field.ASSIGNEE) >= 0;
        ImportExtras extras = new ImportExtras(columns, extra, people ? new ExtraPeople(lookups.members(access), mapping) : null,
                properties.maxTextChars());
        return extras.skipping(mapping != null && mapping.skipsClosedRows(), mapping != null && mapping.skipsPrivateRows());
    }

    /** Writes what the run kept; {@code labels} are the (row, name) pairs of the whole file. */
    void save(WorkspaceAccess access, UUID importId, ImportExtras extras, ImportLabels labels) {
        UUID ws = access.workspaceId();
        extras.creators.forEachBatch((rows, users) -> sinks.reporters().creators(ws, importId, rows, users.toArray(UUID[]::new)));
        extras.watchers.forEachBatch((rows, users) -> sinks.watchers().watch(ws, importId, rows, users.toArray(UUID[]::new)));
        extras.comments.forEachBatch((rows, comments) -> sinks.comments().add(ws, importId, rows,
                comments.stream().map(c -> c.author() == null ? access.userId() : c.author()).toArray(UUID[]::new),
                comments.stream().map(ImportExtras.Comment::body).toArray(String[]::new)));
        extras.originals.forEachBatch((rows, names) -> originals.insert(ws, importId, rows,
                names.stream().map(o -> o.reporter() == null ? null : oneLine(o.reporter())).toArray(String[]::new),
                names.stream().map(o -> String.join("\n", o.others().stream().map(ImportExtrasWriter::oneLine).toList()))
                        .toArray(String[]::new)));
        if (extras.relabels() && !extras.keys.isEmpty()) {
            extras.keys.forEachBatch((rows, keys) -> sinks.labels().stage(rows, keys.toArray(String[]::new), new int[0], new String[0]));
            labels.forEachBatch((rows, names) -> sinks.labels().stage(new int[0], new String[0], rows, names));
            sinks.labels().relabel(ws, importId);
        }
    }

    private static String oneLine(String name) {
        return name.replace('\n', ' ').replace('\r', ' ');
    }
}
