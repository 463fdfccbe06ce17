package dev.pms.label.web;

import dev.pms.label.LabelColour;
import dev.pms.label.LabelQueries;
import dev.pms.label.LabelService;
import dev.pms.platform.web.ProblemException;
import dev.pms.platform.web.page.Htmx;
import dev.pms.platform.web.page.PageController;
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

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The workspace's labels: everyone sees them; managers and above create, rename, recolour and delete them. */
@PageController
@RequestMapping("/w/{workspaceId}/labels")
class LabelAdminController {
    private static final List<LabelAdminView.Colour> COLOURS = Arrays.stream(LabelColour.values())
            .map(c -> new LabelAdminView.Colour(c.name(), c.title())).toList();
    private final LabelQueries queries;
    private final LabelService labels;
    private final WorkspaceNav nav;

    LabelAdminController(LabelQueries queries, LabelService labels, WorkspaceNav nav) {
        this.queries = queries;
        this.labels = labels;
        this.nav = nav;
    }

    @GetMapping
    @RequiresPermission(Permission.READ)
    ModelAndView list(WorkspaceAccess access) {
        return page(access, null);
    }

    @PostMapping
    @RequiresPermission(Permission.PROJECT_WRITE)
    ModelAndView create(WorkspaceAccess access, @RequestParam String name, @RequestParam(defaultValue = "GREY") String colour,
                        HttpServletResponse response) {
        return save(access, name, response, () -> labels.create(access, name, colour(colour)));
    }

    @PostMapping("/{labelId}")
    @RequiresPermission(Permission.PROJECT_WRITE)
    ModelAndView update(WorkspaceAccess access, @PathVariable UUID labelId, @RequestParam String name,
                        @RequestParam(defaultValue = "GREY") String colour, HttpServletResponse response) {
        return save(access, name, response, () -> labels.update(access, labelId, name, colour(colour)));
    }

    @PostMapping("/{labelId}/delete")
    @RequiresPermission(Permission.PROJECT_WRITE)
    String delete(WorkspaceAccess access, @PathVariable UUID labelId) {
        labels.delete(access, labelId);
        return Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/labels"));
    }

    private ModelAndView save(WorkspaceAccess access, String name, HttpServletResponse response, Runnable change) {
        String problem = name.isBlank() || name.strip().length() > 50 ? "Give the label a name of 1 to 50 characters." : null;
        try {
            if (problem == null) {
                change.run();
                return new ModelAndView(Htmx.redirect(WorkspaceNav.path(access.workspaceId(), "/labels")));
            }
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            problem = e.forPeople();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(access, problem);
    }

    private static LabelColour colour(String value) {
        try {
            return LabelColour.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("colour", "choose one of the palette's colours");
        }
    }

    private ModelAndView page(WorkspaceAccess access, String error) {
        var rows = queries.list(access).stream().map(l -> new LabelAdminView.Row(l.id().toString(), l.name(),
                l.colour().name(), l.colour().cssClass())).toList();
        return Htmx.page("label/labels", new LabelAdminView(nav.layout(access, "Labels", WorkspaceNav.Section.PROJECTS),
                WorkspaceNav.path(access.workspaceId(), "/labels"), rows, COLOURS, access.can(Permission.PROJECT_WRITE), error));
    }
}
