package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.RowSource;
import dev.pms.imports.parse.TaskRowReader;
import dev.pms.jobs.JobLease;
import dev.pms.label.LabelService;
import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * What an import run keeps of its rows besides their tasks (labels, reporters, watchers, comments, parents and links,
 * the people it could not assign), gathered while the COPY holds the connection and written after it, in its
 * transaction (DESIGN §12). {@link ImportPipeline} only hands each row over and says when the COPY has ended.
 */
@Component
class ImportAfterCopy {
    private final ImportRepository imports;
    private final LabelService labelService;
    private final ImportRelationWriter relationWriter;
    private final ImportExtrasWriter extrasWriter;

    ImportAfterCopy(ImportRepository imports, LabelService labelService, ImportRelationWriter relationWriter,
                    ImportExtrasWriter extrasWriter) {
        this.imports = imports;
        this.labelService = labelService;
        this.relationWriter = relationWriter;
        this.extrasWriter = extrasWriter;
    }

    /** What one run keeps, row by row; a file without such columns keeps nothing. */
    static final class Kept {
        private final ImportExtras extras;
        private final int labelsColumn;
        private final ImportLabels labels = new ImportLabels();
        private final OriginalPeople originals = new OriginalPeople();
        private final ImportRelations relations; // null for a file that names no parents or links: it pays nothing for them

        private Kept(ImportExtras extras, Columns columns) {
            this.extras = extras;
            this.labelsColumn = columns.of(Columns.Field.LABELS);
            this.relations = ImportRelations.of(columns);
        }

        /** Whether {@code row} is left out: an archived, closed or private row, when the user chose so. */
        boolean skips(RowSource.SourceRow row) {
            return extras.skips(row);
        }

        /** Keeps what {@code row}, copied as {@code mapped}'s task, brings besides the task's fields. */
        void add(RowSource.SourceRow row, TaskRowReader.Mapped mapped) {
            if (labelsColumn >= 0) {
                labels.add(row.number(), extras.columns().labelsOf(row));
            }
            if (relations != null) {
                relations.add(row);
            }
            extras.add(row, mapped.task());
            if (mapped.originalAssignee() != null) {
                originals.add(row.number(), mapped.originalAssignee());
            }
        }
    }

    /** Before the COPY starts (the members are loaded then, only when the file names people). */
    Kept start(ImportRepository.Work work, WorkspaceAccess access, Columns columns) {
        return new Kept(extrasWriter.start(work, access, columns), columns);
    }

    /**
     * Writes what {@code kept} holds, after the COPY and in its transaction; returns the rows whose parent or link
     * could not be set, at most {@code maxErrors}. A person who may not create the labels the file lacks fails the import.
     */
    List<RowError> save(WorkspaceAccess access, UUID importId, Kept kept, JobLease lease, int maxErrors) {
        kept.originals.save(imports, access.workspaceId(), importId);
        try {
            // tasks an import by key updated get their labels from ImportExtrasWriter
            kept.labels.forEachBatch((rows, names) -> labelService.labelImported(access, importId, rows, names));
        } catch (ProblemException e) {
            throw new ImportFailure(e.getMessage());
        }
        extrasWriter.save(access, importId, kept.extras, kept.labels);
        if (kept.relations == null) {
            return List.of();
        }
        return relationWriter.write(access, importId, kept.relations, lease::progressed).stream()
                .limit(Math.max(0, maxErrors)).toList();
    }
}
