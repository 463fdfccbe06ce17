package dev.pms.imports;

import dev.pms.relation.LinkKind;
import dev.pms.relation.TaskLinkService;
import dev.pms.task.RefusedParent;
import dev.pms.task.SubtaskImportService;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After the COPY, in the import's transaction: finds the tasks the file's parents and links name, gives the tasks
 * their parents (under the rules of subtasks) and their links, and says in a warning per row what it left out. A row
 * whose parent or link cannot be kept is still imported: nothing of the task is lost.
 */
@Component
class ImportRelationWriter {
    private final ImportRelationRepository relations;
    private final SubtaskImportService subtasks;
    private final TaskLinkService links;

    ImportRelationWriter(ImportRelationRepository relations, SubtaskImportService subtasks, TaskLinkService links) {
        this.relations = relations;
        this.subtasks = subtasks;
        this.links = links;
    }

    /**
     * Writes what the file names and returns the warnings: those of reading it, then those of this. {@code progressed}
     * is told after each step, as the merge of an import by key does: the job's lease measures progress.
     */
    List<RowError> write(WorkspaceAccess access, UUID importId, ImportRelations file, Runnable progressed) {
        List<RowError> warnings = new ArrayList<>(file.warnings);
        if (!file.refs.isEmpty()) {
            relations.stage(file);
            progressed.run();
            Found found = new Found();
            relations.resolve(access.workspaceId(), importId, r -> found.add(file, r, warnings));
            progressed.run();
            if (!found.rows.isEmpty()) {
                for (RefusedParent refused : subtasks.attach(access, importId, found.parentRows(), found.parentTasks(), found.parents(), progressed)) {
                    int n = found.parentRefs.get(refused.row());
                    warnings.add(RowError.of(refused.row(), file.columns().name(file.refFields.get(n)), file.refs.get(n),
                            refused.reason() + "; imported without this parent"));
                }
            }
            if (!found.from.isEmpty()) {
                links.linkImported(access, importId, found.from, found.to, found.kinds);
            }
        }
        warnings.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::column));
        return warnings;
    }

    /** The references found, split into parents and links. */
    private static final class Found {
        final List<Integer> rows = new ArrayList<>();
        final List<UUID> tasks = new ArrayList<>();
        final List<UUID> parentIds = new ArrayList<>();
        final Map<Integer, Integer> parentRefs = new HashMap<>(); // row → its parent's reference, for a warning
        final List<UUID> from = new ArrayList<>();
        final List<UUID> to = new ArrayList<>();
        final List<LinkKind> kinds = new ArrayList<>();

        void add(ImportRelations file, ImportRelationRepository.Resolved r, List<RowError> warnings) {
            int row = file.refRows.get(r.n());
            LinkCells.Kind kind = file.refKinds.get(r.n());
            if (r.task() == null) {
                return; // the row's task is not there (a later row of the same key took its place): nothing to give it
            }
            String what = kind == LinkCells.Kind.PARENT ? "parent" : "link";
            if (r.target() == null || r.target().equals(r.task())) {
                warnings.add(RowError.of(row, file.columns().name(file.refFields.get(r.n())), file.refs.get(r.n()),
                        (r.target() == null ? "names no task of this file or of this workspace" : "names the task itself")
                                + "; imported without this " + what));
                return;
            }
            switch (kind) {
                case PARENT -> {
                    rows.add(row);
                    tasks.add(r.task());
                    parentIds.add(r.target());
                    parentRefs.put(row, r.n());
                }
                case BLOCKS -> link(r.task(), r.target(), LinkKind.BLOCKS);
                case BLOCKED_BY -> link(r.target(), r.task(), LinkKind.BLOCKS);
                case RELATES -> link(r.task(), r.target(), LinkKind.RELATES_TO);
            }
        }

        private void link(UUID a, UUID b, LinkKind kind) {
            from.add(a);
            to.add(b);
            kinds.add(kind);
        }

        int[] parentRows() {
            return rows.stream().mapToInt(Integer::intValue).toArray();
        }

        UUID[] parentTasks() {
            return tasks.toArray(UUID[]::new);
        }

        UUID[] parents() {
            return parentIds.toArray(UUID[]::new);
        }
    }
}
