package dev.pms.label;

import dev.pms.task.LabelStyles;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.util.List;

/** The labels of a workspace with their palette classes, for task cards, rows and filters. */
@Component
class LabelStylesOfWorkspace implements LabelStyles {
    private final LabelQueries labels;

    LabelStylesOfWorkspace(LabelQueries labels) {
        this.labels = labels;
    }

    @Override
    public List<Style> labels(WorkspaceAccess access) {
        return labels.list(access).stream().map(label -> new Style(label.id(), label.name(), label.colour().cssClass())).toList();
    }
}
