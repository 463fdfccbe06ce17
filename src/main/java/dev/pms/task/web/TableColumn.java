package dev.pms.task.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns a person may hide in the table (the title always shows). The choice is the {@code col} parameters of
 * the URL; a column left out is hidden by a class on the table, so that a row fetched alone (a live update, an inline
 * edit) needs no knowledge of the choice.
 */
enum TableColumn {
    PROJECT("Project"), STATUS("Status"), PRIORITY("Priority"), ASSIGNEE("Assignee"), DUE("Due"), CREATED("Created");

    private final String label;

    TableColumn(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The parameter's value and the CSS class of the column's cells. */
    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The known names among {@code asked}, in the table's order; unknown ones are ignored as a stale bookmark's would be. */
    static List<String> known(List<String> asked) {
        return Arrays.stream(values()).map(TableColumn::param).filter(asked::contains).toList();
    }

    /** The classes that hide the columns not in {@code shown}; none hidden when nothing was chosen. */
    static String hiddenClasses(List<String> shown) {
        if (shown.isEmpty()) {
            return "";
        }
        return String.join(" ", Arrays.stream(values()).filter(c -> !shown.contains(c.param())).map(c -> "hide-col-" + c.param()).toList());
    }
}
