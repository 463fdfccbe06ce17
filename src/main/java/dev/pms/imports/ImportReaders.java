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

    TaskRowReader reader(ImportRepository.Work work, WorkspaceAccess access, Columns columns, RowSource source) {
        Import view = work.view();
        ImportMapping mapping = ImportJson.read(work.mapping(), ImportMapping.class);
        RowMapping rowMapping = mapping == null ? null : resolver.resolve(access, mapping);
        DueDates.Order order = mapping == null || mapping.dateOrder() == null ? null : DueDates.Order.valueOf(mapping.dateOrder());
        return new TaskRowReader(columns, lookups.load(access, columns), view.projectId(),
                new DueDates(work.dateFormat(), view.format() == ImportFormat.XLSX, order, source.date1904()), rowMapping);
    }

    TextBudget textBudget() {
        return new TextBudget(properties.maxTextChars());
    }

    int maxReportedErrors() {
        return properties.maxReportedErrors();
    }
}
