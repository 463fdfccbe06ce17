package dev.pms.label;

import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Reads a workspace's labels, A to Z. */
@Service
@Transactional(readOnly = true)
public class LabelQueries {
    private final LabelRepository labels;

    LabelQueries(LabelRepository labels) {
        this.labels = labels;
    }

    public List<Label> list(WorkspaceAccess access) {
        access.require(Permission.READ);
        return labels.list(access.workspaceId());
    }

    public Label get(WorkspaceAccess access, UUID labelId) {
        access.require(Permission.READ);
        return labels.find(access.workspaceId(), labelId).orElseThrow(() -> ProblemException.notFound("label"));
    }
}
