package dev.pms.workspace;

import dev.pms.platform.web.page.Layout;
import dev.pms.platform.web.page.Layouts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The frame of every workspace page: the workspace switcher and the sections this member may open. */
@Component
public class WorkspaceNav {
    public enum Section { HOME, PROJECTS, TASKS, CALENDAR, MEMBERS, IMPORTS, AUDIT, NONE }

    private final WorkspaceQueries queries;
    private final List<NavLinks> extraLinks;

    /** Links a module adds to the navigation (the saved views), without this module knowing it. */
    public interface NavLinks {
        List<Layout.Link> links(WorkspaceAccess access, String currentQuery);
    }

    WorkspaceNav(WorkspaceQueries queries, List<NavLinks> extraLinks) {
        this.queries = queries;
        this.extraLinks = extraLinks;
    }

    public Layout layout(WorkspaceAccess access, String title, Section section) {
        List<Workspace> mine = queries.mine(access.userId());
        Workspace current = mine.stream().filter(w -> w.id().equals(access.workspaceId())).findFirst().orElseThrow();
        List<Layout.Link> switcher = mine.stream()
                .map(w -> new Layout.Link(w.name(), path(w.id(), ""), w.id().equals(current.id()))).toList();
        List<Layout.Link> views = extraLinks.stream().flatMap(l -> l.links(access, currentQuery()).stream()).toList();
        return Layouts.of(title, new Layout.Nav(current.id().toString(), current.name(), current.role().label(),
                switcher, sections(access, section), views));
    }

    /** The query string of the table page being shown, so that the view it is marks itself current. */
    private static String currentQuery() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes r
                && r.getRequest().getRequestURI().endsWith("/tasks") ? r.getRequest().getQueryString() : null;
    }

    public static String path(UUID workspaceId, String rest) {
        return "/w/" + workspaceId + rest;
    }

    private static List<Layout.Link> sections(WorkspaceAccess access, Section active) {
        UUID ws = access.workspaceId();
        List<Layout.Link> links = new ArrayList<>(List.of(
                new Layout.Link("Home", path(ws, ""), active == Section.HOME),
                new Layout.Link("Projects", path(ws, "/projects"), active == Section.PROJECTS),
                new Layout.Link("Tasks", path(ws, "/tasks"), active == Section.TASKS),
                new Layout.Link("Calendar", path(ws, "/calendar"), active == Section.CALENDAR),
                new Layout.Link("Members", path(ws, "/members"), active == Section.MEMBERS)));
        if (access.can(Permission.IMPORT)) {
            links.add(new Layout.Link("Imports", path(ws, "/imports"), active == Section.IMPORTS));
        }
        if (access.can(Permission.AUDIT_READ)) {
            links.add(new Layout.Link("Audit log", path(ws, "/audit"), active == Section.AUDIT));
        }
        return links;
    }
}
