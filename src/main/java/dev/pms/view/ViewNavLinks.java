package dev.pms.view;

import dev.pms.platform.web.page.Layout;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceNav;
import org.springframework.stereotype.Component;

import java.util.List;

/** The saved views in the navigation of every workspace page: each opens the table with its query string. */
@Component
class ViewNavLinks implements WorkspaceNav.NavLinks {
    private final ViewService views;

    ViewNavLinks(ViewService views) {
        this.views = views;
    }

    @Override
    public List<Layout.Link> links(WorkspaceAccess access, String currentQuery) {
        return views.list(access).stream().map(v -> new Layout.Link(v.shared() ? v.name() + " (shared)" : v.name(),
                WorkspaceNav.path(access.workspaceId(), "/tasks?" + v.query()), v.query().equals(currentQuery))).toList();
    }
}
