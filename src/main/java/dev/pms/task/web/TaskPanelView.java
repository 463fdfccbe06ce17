package dev.pms.task.web;

import dev.pms.platform.markdown.Markdown;
import dev.pms.platform.web.page.Layout;

import java.util.List;

/**
 * The task panel: title, fields, description, then the activity stream (loaded from {@code activityHref}). The same
 * view opens over the board, table, calendar or home page ({@code layout} null) and alone at the task's own URL.
 * Those who may edit get one {@link FieldView} per field, each saved as it changes; the others read {@code shown}.
 */
public record TaskPanelView(Layout layout, Layout.Csrf csrf, String taskId, String title, String created, String updated, boolean editable,
                            int version, List<FieldView> fields, TaskRow shown, String description, String taskHref,
                            String deleteAction, String backHref) {

    /** The description rendered and sanitised as comments are: safe to write into the page as it is. */
    public String descriptionHtml() {
        return Markdown.html(description);
    }

    /** The task's own event stream (changes to it, comments on it). */
    public String liveHref() {
        return taskHref.replace("/tasks/", "/live?task=");
    }

    /** What a live refresh swaps in, by id: the version last, as app.js keeps it when a field keeps unsaved text. */
    public String liveParts() {
        StringBuilder parts = new StringBuilder("#task-title,#task-meta,#task-read");
        TaskPanelViews.FIELDS.forEach(name -> parts.append(",#field-").append(name));
        return parts.append(",#task-version").toString();
    }

    public String activityHref() {
        return taskHref + "/activity";
    }

    /** The Watch button, a partial of the notification module loaded into the panel's head. */
    /** The task's labels, a partial of the label module. */
    public String labelsHref() {
        return taskHref + "/labels";
    }

    /** The Subtasks section (this module) and the Links section (the relation module), loaded into the panel. */
    public String subtasksHref() {
        return taskHref + "/subtasks";
    }

    public String linksHref() {
        return taskHref + "/links";
    }

    public String watchHref() {
        return taskHref + "/watch";
    }

    /** One field of the panel: its form posts to {@code action} on change and comes back with its state. */
    public record FieldView(String name, String label, String kind, String value, List<Option> options, String action,
                            String state, String message, String was) {

        /** {@code was}, sent back with each save, is the value this person saw: what a stale save is merged on. */
        public FieldView(String name, String label, String kind, String value, List<Option> options, String action,
                         String state, String message) {
            this(name, label, kind, value, options, action, state, message, value);
        }

        /** The value as people read it: a select's label, or "none" for an empty value. */
        public String valueLabel() {
            if (value == null || value.isEmpty()) {
                return "none";
            }
            return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
        }

        /** The saved text rendered (a description's view); editing shows its source. */
        public String html() {
            return Markdown.html(was);
        }

        /** A description opens its source when what was typed is kept: after a conflict or a refusal. */
        public boolean editing() {
            return "conflict".equals(state) || "error".equals(state);
        }

        public String inputId() {
            return "t-" + name;
        }

        public String formId() {
            return "field-" + name;
        }
    }

    /**
     * A field after a save, with the task's version and title now (each replaces its element on the page), and the
     * field a save changes too when there is one ({@code companion}: a new state changes the status and back), else null.
     */
    public record Saved(FieldView field, int version, String title, FieldView companion) {

        public Saved(FieldView field, int version, String title) {
            this(field, version, title, null);
        }
    }
}
