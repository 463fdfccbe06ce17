package dev.pms.task.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/**
 * The task table: the filter form's current values and choices, the column headers with their sort
 * links, the first page of rows, and the URLs of the count, the next page and the export.
 */
public record TableView(Layout layout, String action, Filters filters, List<Option> projects, List<Option> members, List<Option> labels,
                        List<Option> statuses, List<Header> headers, List<Column> columns, String hiddenColumns, RowsView rows, String countHref, String exportHref,
                        String newTaskHref, boolean filtered, boolean write, String projectsHref, Bulk bulk) {

    /**
     * The bulk edit bar and its outcome: where it posts, the table's query string to come back to, the message of the
     * last bulk edit or undo (null when none), and the address of that edit's undo (null when there is nothing to undo).
     */
    public record Bulk(String action, String back, String notice, String undoAction) {
    }

    /** Tasks live in projects: before the first open project exists, the way to a first task is to make one. */
    public boolean noProject() {
        return projectsHref != null;
    }

    /** Where "Save this view" posts (the view module's page route). */
    public String viewsAction() {
        return action.substring(0, action.lastIndexOf('/')) + "/views";
    }

    /** The workspace's event stream: rows that changed are fetched again, the count is counted again. */
    public String liveHref() {
        return action.substring(0, action.lastIndexOf('/')) + "/live";
    }

    public record Filters(List<String> project, List<String> status, String assignee, String dueAfter, String dueBefore, String q,
                          String sort, String direction, List<String> label, String labelMode, List<String> col) {
    }

    /** A column of the column menu: its parameter value, its name, and whether it shows. */
    public record Column(String value, String label, boolean shown) {
    }

    /**
     * A column header; {@code sortHref} is null for columns the table cannot sort by, {@code ariaSort} is the
     * direction of the column the table is sorted by ("ascending" or "descending") and null on the others.
     */
    public record Header(String label, String sortHref, String ariaSort, String css) {

        public boolean sorted() {
            return ariaSort != null;
        }

        public String arrow() {
            return "descending".equals(ariaSort) ? "▾" : "▴";
        }
    }
}
