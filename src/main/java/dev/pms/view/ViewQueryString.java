package dev.pms.view;

import dev.pms.platform.web.ProblemException;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Set;

/**
 * The rule for what a view stores: the task table's own parameters and nothing else, so that a view can never carry
 * a cursor, a script or a parameter the table would not read.
 */
final class ViewQueryString {
    static final int MAX_LENGTH = 4000;
    private static final Set<String> TABLE_PARAMETERS = Set.of("project", "status", "assignee", "dueAfter", "dueBefore", "q", "sort",
            "direction", "label", "labelMode", "col");

    private ViewQueryString() {
    }

    /** {@code query} without a leading '?', checked. */
    static String checked(String query) {
        String text = query == null ? "" : query.strip();
        text = text.startsWith("?") ? text.substring(1) : text;
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalid("query", "may be at most " + MAX_LENGTH + " characters");
        }
        var params = UriComponentsBuilder.newInstance().query(text).build().getQueryParams();
        for (String name : params.keySet()) {
            if (!TABLE_PARAMETERS.contains(name)) {
                throw ProblemException.invalid("query", "holds a parameter the task table does not have: " + name);
            }
        }
        return text;
    }
}
