package dev.pms.imports.web;

import dev.pms.imports.Import;
import dev.pms.imports.ImportMapping;
import dev.pms.imports.ImportStatus;
import dev.pms.imports.RowError;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import java.util.HashMap;
import java.util.Map;
import dev.pms.imports.ImportProperties;
import dev.pms.imports.ImportQueries;
import dev.pms.imports.ImportService;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.project.ProjectQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.UUID;

/**
 * The imports page. The file goes to the imports API (its size limit, rate limit and streaming store
 * apply unchanged); the page then follows the import through {@link #progress} until it ends.
 */
@PageController
@RequestMapping("/w/{workspaceId}/imports")
class ImportPageController {
    private static final int HISTORY = 20;
    private static final int INLINE_ERRORS = 100;
    private final ImportQueries queries;
    private final ImportService imports;
    private final ProjectQueries projects;
    private final WorkspaceNav nav;
    private final ImportProperties properties;
    private final WorkspaceQueries workspaces;

    ImportPageController(ImportQueries queries, ImportService imports, ProjectQueries projects, WorkspaceNav nav,
                         ImportProperties properties, WorkspaceQueries workspaces) {
        this.workspaces = workspaces;
        this.queries = queries;
        this.imports = imports;
        this.projects = projects;
        this.nav = nav;
        this.properties = properties;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView page(WorkspaceAccess access) {
        String api = "/api/v1/workspaces/" + access.workspaceId();
        String base = WorkspaceNav.path(access.workspaceId(), "");
        List<ImportProgressView> history = queries.history(access, null, HISTORY).items().stream()
                .map(i -> view(access, i)).toList();
        List<ImportPageView.Project> open = projects.list(access, false).stream()
                .map(p -> new ImportPageView.Project(p.id().toString(), p.name())).toList();
        return Htmx.page("imports/page", new ImportPageView(nav.layout(access, "Imports", WorkspaceNav.Section.IMPORTS),
                access.can(Permission.IMPORT) ? api + "/imports" : null, base + "/imports/", open, history,
                properties.maxBytes().toMegabytes() + " MB", access.can(Permission.PROJECT_WRITE)));
    }

    @GetMapping("/{importId}")
    @RequiresPermission(Permission.READ)
    ModelAndView progress(WorkspaceAccess access, @PathVariable UUID importId) {
        return Htmx.page("imports/progress", view(access, queries.get(access, importId)));
    }

    /** Queues the undo and answers the import's partial, which then follows the undo until its tasks are gone. */
    @PostMapping("/{importId}/undo")
    @RequiresPermission(Permission.IMPORT_UNDO_OWN)
    ModelAndView undo(WorkspaceAccess access, @PathVariable UUID importId) {
        return Htmx.page("imports/progress", view(access, imports.undo(access, importId)));
    }

    /** Confirms the previewed import with the form's choices and answers its partial, which follows the import. */
    @PostMapping("/{importId}/confirm")
    @RequiresPermission(Permission.IMPORT)
    ModelAndView confirm(WorkspaceAccess access, @PathVariable UUID importId, @RequestParam MultiValueMap<String, String> form) {
        Map<String, Map<String, String>> chosen = new HashMap<>();
        form.forEach((name, values) -> {
            String[] parts = name.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("map") && !values.isEmpty()) {
                chosen.computeIfAbsent(parts[1], f -> new HashMap<>()).put(parts[2], values.getFirst());
            }
        });
        String defaultProject = form.getFirst("defaultProjectId");
        ImportMapping mapping = new ImportMapping(defaultProject == null || defaultProject.isBlank() ? null : UUID.fromString(defaultProject),
                form.getFirst("dateOrder"), chosen.get("PROJECT"), chosen.get("ASSIGNEE"), chosen.get("STATUS"), chosen.get("PRIORITY"),
                form.getFirst("closedRows"), form.getFirst("privateRows"));
        return Htmx.page("imports/progress", view(access, imports.confirm(access, importId, mapping)));
    }

    private ImportProgressView view(WorkspaceAccess access, Import i) {
        String base = WorkspaceNav.path(access.workspaceId(), "");
        boolean ended = i.status() != ImportStatus.QUEUED && i.status() != ImportStatus.RUNNING;
        List<RowError> rejected = ended && i.rowsRejected() > 0 ? queries.firstErrors(access, i.id(), INLINE_ERRORS) : List.of();
        ImportPreviewView preview = null;
        if (i.status() == ImportStatus.PREVIEW && i.previewReady() && access.can(Permission.IMPORT) && i.userId().equals(access.userId())) {
            preview = ImportPreviewView.of(queries.preview(access, i.id()), base + "/imports/" + i.id() + "/confirm",
                    base + "/imports/" + i.id() + "/undo", projects.list(access, false), workspaces.allMembers(access), i.projectId());
        }
        return ImportProgressView.of(i, base, "/api/v1/workspaces/" + access.workspaceId(), access.mayUndoImport(i.userId()),
                rejected, preview);
    }
}
