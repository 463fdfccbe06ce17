package dev.pms.workspace.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/** The workspaces someone belongs to, and the form to create one. */
public record WorkspaceListView(Layout layout, List<Item> workspaces, String name, String error) {
    public record Item(String name, String role, String href) {
    }
}
