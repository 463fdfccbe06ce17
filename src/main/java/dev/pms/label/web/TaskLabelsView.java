package dev.pms.label.web;

import dev.pms.platform.web.page.Layout;

import java.util.List;

/**
 * The labels of a task as its panel shows them: every label of the workspace, the task's own checked; {@code editable}
 * is false for roles that may not change tasks, {@code saved} says that a change was just saved.
 */
public record TaskLabelsView(Layout.Csrf csrf, String action, String manageHref, List<Choice> labels, boolean editable, boolean saved) {

    public record Choice(String id, String name, String cssClass, boolean checked) {
    }

    public List<Choice> checked() {
        return labels.stream().filter(Choice::checked).toList();
    }
}
