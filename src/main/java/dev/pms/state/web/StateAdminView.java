package dev.pms.state.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/**
 * A project's states in board order; {@code write} is false for roles that may not change them. Each row offers the
 * other states of its category as where its tasks go when it is removed (none: it is the last of its category).
 */
public record StateAdminView(Layout layout, String projectName, String basePath, String boardHref, List<Row> states,
                             List<Category> categories, boolean write, String error) {

    public record Row(String id, String name, String category, boolean first, boolean last, List<Category> moveTargets) {

        public boolean removable() {
            return !moveTargets.isEmpty();
        }
    }

    /** A choice in a select: the value sent and the words shown. */
    public record Category(String value, String title) {
    }
}
