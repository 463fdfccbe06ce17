package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.DueDates;
import dev.pms.imports.parse.Lookups;
import dev.pms.imports.parse.RowMapping;
import dev.pms.imports.parse.RowSource;
import dev.pms.imports.parse.TaskRowReader;
import dev.pms.imports.parse.TextBudget;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Opens a stored upload for an import run: its rows within the configured limits, and the reader that maps each row
 * to a task with the import's confirmed mapping (or by the one-shot rules when it has none).
 */
@Component
class ImportReaders {
    private final Lookups.Loader lookups;
    private final MappingResolver resolver;
    private final ImportProperties properties;

    ImportReaders(Lookups.Loader lookups, MappingResolver resolver, ImportProperties properties) {
        this.lookups = lookups;
        this.resolver = resolver;
        this.properties = properties;
    }

    RowSource rows(ImportRepository.Work work, Path file) {
        return RowSources.open(file, work.view().format(), properties, work.rowLimit());
    }

    /** The reader of a run's rows, and the projects they may go to. */
    record Reading(TaskRowReader rows, Set<UUID> targetProjects) {
    }

    Reading reader(ImportRepository.Work work, WorkspaceAccess access, Columns columns, RowSource source) {
        Import view = work.view();
        ImportMapping mapping = ImportJson.read(work.mapping(), ImportMapping.class);
        RowMapping rowMapping = mapping == null ? null : resolver.resolve(access, mapping);
        DueDates.Order order = mapping == null || mapping.dateOrder() == null ? null : DueDates.Order.valueOf(mapping.dateOrder());
        Lookups names = lookups.load(access, columns);
        TaskRowReader rows = new TaskRowReader(columns, names, view.projectId(),
                new DueDates(work.dateFormat(), view.format() == ImportFormat.XLSX, order, source.date1904()), rowMapping);
        return new Reading(rows, targets(columns, names, rowMapping, view.projectId()));
    }

    /**
     * The projects the rows may go to, whose task numbers the COPY holds until it commits (ADR 0009): the default
     * one and those the mapping resolved; without a mapping, or beyond the values a preview lists, a project
     * column may name any open project.
     */
    private static Set<UUID> targets(Columns columns, Lookups names, RowMapping mapping, UUID defaultProject) {
        Set<UUID> targets = new HashSet<>();
        if (defaultProject != null) {
            targets.add(defaultProject);
        }
        if (mapping != null) {
            mapping.projects().values().stream().filter(id -> !RowMapping.DEFAULT_PROJECT.equals(id)).forEach(targets::add);
        }
        if (columns.of(Columns.Field.PROJECT) >= 0 && (mapping == null || mapping.projects().size() >= ValueTally.MAX_DISTINCT)) {
            targets.addAll(names.openProjectIds()); // a value the preview did not list goes to the open project it names
        }
        return targets;
    }

    TextBudget textBudget() {
        return new TextBudget(properties.maxTextChars());
    }

    int maxReportedErrors() {
        return properties.maxReportedErrors();
    }
}
