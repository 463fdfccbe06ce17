package dev.pms.task.web;

import java.util.List;

/** The assignee select a table row opens on demand (a workspace may have thousands of members). */
public record AssigneePickerView(String action, int version, String title, String selected, List<Option> members) {
}
