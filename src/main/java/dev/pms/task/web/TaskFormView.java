package dev.pms.task.web;

import dev.pms.platform.markdown.Markdown;
import dev.pms.platform.web.page.Layout;

import java.util.List;

/**
 * The task page: the form to create or edit every field (only when the viewer may), otherwise the task
 * as text; who created and last changed it, and the delete button for those allowed to delete it.
 */
public record TaskFormView(Layout layout, String action, boolean creating, boolean editable, Fields fields, TaskRow shown,
                           List<Option> projects, List<Option> statuses, List<Option> priorities, List<Option> members,
                           String description, String created, String updated, String deleteAction, String backHref,
                           String error, List<Conflict> conflicts) {

    /** The description rendered and sanitised as comments are. */
    public String descriptionHtml() {
        return Markdown.html(description);
    }

    public record Fields(String title, String description, String projectId, String status, String priority, String assigneeId,
                         String dueDate, int version, String seen) {
    }

    /** A field both people changed: its label, its saved value in words and who saved it; the form holds yours. */
    public record Conflict(String field, String label, String theirs) {
    }
}
