package dev.pms.state.web;

import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
import dev.pms.project.ProjectQueries;
import dev.pms.state.ProjectState;
import dev.pms.state.StateService;
import dev.pms.task.TaskStatus;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A project's states: everyone sees them; managers and above add, rename, reorder and remove them. */
@PageController
@RequestMapping("/w/{workspaceId}/projects/{projectId}/states")
class StateAdminController {
    private static final List<StateAdminView.Category> CATEGORIES = Arrays.stream(TaskStatus.values())
            .map(c -> new StateAdminView.Category(c.name(), c.label())).toList();
    private final StateService states;
    private final ProjectQueries projects;
    private final WorkspaceNav nav;

    StateAdminController(StateService states, ProjectQueries projects, WorkspaceNav nav) {
        this.states = states;
        this.projects = projects;
        this.nav = nav;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView list(WorkspaceAccess access, @PathVariable UUID projectId) {
        return page(access, projectId, null);
    }

    @PostMapping
    @RequiresPermission(Permission.PROJECT_WRITE)
    ModelAndView add(WorkspaceAccess access, @PathVariable UUID projectId, @RequestParam String name,
                     @RequestParam TaskStatus category, HttpServletResponse response) {
        return save(access, projectId, nameProblem(name), response, () -> states.add(access, projectId, name, category));
    }

    @PostMapping("/{stateId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    ModelAndView rename(WorkspaceAccess access, @PathVariable UUID projectId, @PathVariable UUID stateId,
                        @RequestParam String name, HttpServletResponse response) {
        return save(access, projectId, nameProblem(name), response, () -> states.rename(access, projectId, stateId, name));
    }

    /** Moves a state one place up or down the board. */
    @PostMapping("/{stateId}/move")
    @RequiresPermission(Permission.PROJECT_WRITE)
    String move(WorkspaceAccess access, @PathVariable UUID projectId, @PathVariable UUID stateId, @RequestParam boolean up) {
        List<UUID> order = new ArrayList<>(states.list(access, projectId).stream().map(ProjectState::id).toList());
        int at = order.indexOf(stateId);
        if (at < 0) {
            throw ProblemException.notFound("state");
        }
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            Collections.swap(order, at, to);
            states.reorder(access, projectId, order);
        }
        return Htmx.redirect(path(access, projectId));
    }

    @PostMapping("/{stateId}/delete")
    @RequiresPermission(Permission.PROJECT_WRITE)
    ModelAndView remove(WorkspaceAccess access, @PathVariable UUID projectId, @PathVariable UUID stateId,
                        @RequestParam(required = false) UUID moveTo, HttpServletResponse response) {
        return save(access, projectId, null, response, () -> states.remove(access, projectId, stateId, moveTo));
    }

    private static String nameProblem(String name) {
        return name.isBlank() || name.strip().length() > 50 ? "Give the state a name of 1 to 50 characters." : null;
    }

    /** Makes the change unless {@code problem} says why not; a conflict (a taken name, the last state of a category) is shown on the page. */
    private ModelAndView save(WorkspaceAccess access, UUID projectId, String problem, HttpServletResponse response, Runnable change) {
        try {
            if (problem == null) {
                change.run();
                return new ModelAndView(Htmx.redirect(path(access, projectId)));
            }
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            problem = e.forPeople();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(access, projectId, problem);
    }

    private ModelAndView page(WorkspaceAccess access, UUID projectId, String error) {
        String projectName = projects.get(access, projectId).name();
        List<ProjectState> all = states.list(access, projectId);
        List<StateAdminView.Row> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ProjectState state = all.get(i);
            List<StateAdminView.Category> targets = all.stream()
                    .filter(s -> s.category() == state.category() && !s.id().equals(state.id()))
                    .map(s -> new StateAdminView.Category(s.id().toString(), s.name())).toList();
            rows.add(new StateAdminView.Row(state.id().toString(), state.name(), state.category().label(), i == 0,
                    i == all.size() - 1, targets));
        }
        String board = WorkspaceNav.path(access.workspaceId(), "/projects/" + projectId + "/board");
        return Htmx.page("state/states", new StateAdminView(nav.layout(access, projectName + " states", WorkspaceNav.Section.PROJECTS),
                projectName, path(access, projectId), board, rows, CATEGORIES, access.can(Permission.PROJECT_WRITE), error));
    }

    private static String path(WorkspaceAccess access, UUID projectId) {
        return WorkspaceNav.path(access.workspaceId(), "/projects/" + projectId + "/states");
    }
}
