package dev.pms.imports.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** The imports page: the upload form (only for roles that may import) and the history of imports. */
public record ImportPageView(Layout layout, String uploadAction, String progressHref, List<Project> projects,
                             List<ImportProgressView> history, String maxSize, boolean mayCreateProjects) {

    public boolean mayImport() {
        return uploadAction != null;
    }

    public record Project(String id, String name) {
    }
}
