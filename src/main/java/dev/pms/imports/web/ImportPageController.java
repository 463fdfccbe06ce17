package dev.pms.imports.web;

import dev.pms.imports.Import;
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
    private final ImportQueries queries;
    private final ImportService imports;
    private final ProjectQueries projects;
    private final WorkspaceNav nav;
    private final ImportProperties properties;

    ImportPageController(ImportQueries queries, ImportService imports, ProjectQueries projects, WorkspaceNav nav,
                         ImportProperties properties) {
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
                properties.maxBytes().toMegabytes() + " MB"));
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

    private static ImportProgressView view(WorkspaceAccess access, Import i) {
        return ImportProgressView.of(i, WorkspaceNav.path(access.workspaceId(), ""),
                "/api/v1/workspaces/" + access.workspaceId(), access.mayUndoImport(i.userId()));
    }
}
