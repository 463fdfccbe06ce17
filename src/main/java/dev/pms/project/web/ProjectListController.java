package dev.pms.project.web;

import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.project.Project;
import dev.pms.project.ProjectKeys;
import dev.pms.project.ProjectQueries;
import dev.pms.project.ProjectService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.RequiresPermission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.UUID;

/** The projects of a workspace; each opens on its tasks or its board. Managers and above create, edit and archive. */
@PageController
@RequestMapping("/w/{workspaceId}/projects")
class ProjectListController {
    private final ProjectQueries queries;
    private final ProjectService projects;
    private final WorkspaceNav nav;

    ProjectListController(ProjectQueries queries, ProjectService projects, WorkspaceNav nav) {
        this.queries = queries;
        this.projects = projects;
        this.nav = nav;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView list(WorkspaceAccess access, @RequestParam(required = false) UUID edit) {
        ProjectListView.Form form = ProjectListView.Form.empty();
        if (edit != null && access.can(Permission.PROJECT_WRITE)) {
            Project project = queries.get(access, edit);
            form = new ProjectListView.Form(project.id().toString(), project.name(), project.key(), project.description(), null);
        }
        return page(access, form);
    }

    @PostMapping
    @RequiresPermission(Permission.PROJECT_WRITE)
    ModelAndView create(WorkspaceAccess access, @RequestParam String name, @RequestParam(defaultValue = "") String key,
                        @RequestParam(defaultValue = "") String description, HttpServletResponse response) {
        ProjectListView.Form typed = new ProjectListView.Form(null, name, key, description, null);
        return save(access, typed, response, () -> projects.create(access, name, key, description));
    }

    @PostMapping("/{projectId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    ModelAndView update(WorkspaceAccess access, @PathVariable UUID projectId, @RequestParam String name,
                        @RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String description,
                        HttpServletResponse response) {
        ProjectListView.Form typed = new ProjectListView.Form(projectId.toString(), name, key, description, null);
        return save(access, typed, response, () -> projects.update(access, projectId,
                new ProjectService.UpdateProjectCommand(name, key, description, null)));
    }

    @PostMapping("/{projectId}/archive")
    @RequiresPermission(Permission.PROJECT_WRITE)
    String archive(WorkspaceAccess access, @PathVariable UUID projectId, @RequestParam boolean archived) {
        projects.update(access, projectId, new ProjectService.UpdateProjectCommand(null, null, archived));
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/projects"));
    }

    private ModelAndView save(WorkspaceAccess access, ProjectListView.Form typed, HttpServletResponse response, Runnable change) {
        String problem = typed.name().isBlank() || typed.name().length() > 200 ? "Give the project a name of 1 to 200 characters."
                : !typed.key().isBlank() && !ProjectKeys.VALID.matcher(typed.key().strip().toUpperCase(java.util.Locale.ROOT)).matches()
                ? "A key is 2 to 10 letters A to Z, like WEB; leave it empty to derive one from the name."
                : typed.description().length() > 10_000 ? "Keep the description under 10,000 characters." : null;
        try {
            if (problem == null) {
                change.run();
                return new ModelAndView(Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/projects")));
            }
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            problem = e.forPeople();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(access, new ProjectListView.Form(typed.projectId(), typed.name(), typed.key(), typed.description(), problem));
    }

    private ModelAndView page(WorkspaceAccess access, ProjectListView.Form form) {
        String base = WorkspaceNav.path(access.workspaceId(), "");
        var rows = queries.list(access, true).stream().map(p -> new ProjectListView.Row(p.id().toString(), p.name(), p.key(),
                p.description(), p.archived(), base + "/tasks?project=" + p.id(), base + "/projects/" + p.id() + "/board",
                p.id().toString().equals(form.projectId()))).toList();
        return Htmx.page("project/list", new ProjectListView(nav.layout(access, "Projects", WorkspaceNav.Section.PROJECTS),
                base + "/projects", rows, access.can(Permission.PROJECT_WRITE), form));
    }
}
