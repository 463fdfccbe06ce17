package dev.pms.task;

import dev.pms.workspace.WorkspaceAccess;

import java.util.List;
import java.util.UUID;

/**
 * A workspace's labels as the task pages show and filter them. The label module, which owns labels and their palette,
 * answers it: tasks know their labels' names only, and the label module depends on tasks, not back.
 */
public interface LabelStyles {

    /** A label: its id (for filters), its name and the CSS class of its palette colour. */
    record Style(UUID id, String name, String cssClass) {
    }

    /** The workspace's labels, A to Z. */
    List<Style> labels(WorkspaceAccess access);
}
