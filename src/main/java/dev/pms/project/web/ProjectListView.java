package dev.pms.project.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** Projects, open first; {@code write} is false for roles that may not create, edit or archive projects. */
public record ProjectListView(Layout layout, String basePath, List<Row> projects, boolean write, Form form) {

    public record Row(String id, String name, String key, String description, boolean archived, String tasksHref, String boardHref,
                      boolean editing) {
    }

    /** What was typed into the create or edit form, and what was wrong with it. */
    public record Form(String projectId, String name, String key, String description, String error) {
        static Form empty() {
            return new Form(null, "", "", "", null);
        }
    }
}
