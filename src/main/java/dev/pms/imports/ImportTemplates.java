package dev.pms.imports;

import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

/**
 * Mappings saved per header shape: each confirmed mapping is saved under its file's normalised header row, and
 * the preview of a file with the same header (the next export of the same tool) proposes its choices again.
 */
@Component
class ImportTemplates {
    private final ImportRepository imports;

    ImportTemplates(ImportRepository imports) {
        this.imports = imports;
    }

    /** The mapping saved for this header shape, or null. */
    ImportMapping apply(WorkspaceAccess access, String headerKey) {
        return imports.template(access.workspaceId(), headerKey).map(json -> ImportJson.read(json, ImportMapping.class)).orElse(null);
    }

    void save(WorkspaceAccess access, String headerKey, ImportMapping mapping) {
        imports.saveTemplate(access.workspaceId(), headerKey, ImportJson.write(mapping));
    }
}
