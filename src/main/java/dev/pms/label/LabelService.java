package dev.pms.label;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import dev.pms.task.Task;
import dev.pms.task.TaskChanged;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creates, changes and deletes a workspace's labels (PROJECT_WRITE: managers and up), and sets a task's labels (TASK_WRITE). */
@Service
public class LabelService {
    private final LabelRepository labels;
    private final TaskQueries tasks;
    private final ApplicationEventPublisher events;

    LabelService(LabelRepository labels, TaskQueries tasks, ApplicationEventPublisher events) {
        this.labels = labels;
        this.tasks = tasks;
        this.events = events;
    }

    @Transactional
    public Label create(WorkspaceAccess access, String name, LabelColour colour) {
        access.require(Permission.PROJECT_WRITE);
        String trimmed = name.strip();
        requireFreeName(access, trimmed, null);
        try {
            return labels.insert(access.workspaceId(), Ids.next(), trimmed, colour == null ? LabelColour.GREY : colour);
        } catch (DuplicateKeyException raced) {
            throw nameTaken(trimmed);
        }
    }

    /**
     * Gives the tasks an import created the labels its file names for them (in the import's transaction), creating the
     * labels the workspace lacks, grey: that needs PROJECT_WRITE, and a person without it is told which labels are missing.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void labelImported(WorkspaceAccess access, UUID importId, int[] rows, String[] names) {
        java.util.Map<String, String> spelled = new java.util.HashMap<>(); // a name as first written, by its lower case
        for (String name : names) {
            spelled.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
        }
        List<String> missing = labels.missing(access.workspaceId(), spelled.keySet());
        if (!missing.isEmpty() && !access.can(Permission.PROJECT_WRITE)) {
            throw ProblemException.forbidden("The file names labels this workspace does not have ("
                    + String.join(", ", missing.stream().map(spelled::get).sorted().limit(10).toList()) + (missing.size() > 10 ? ", …" : "")
                    + "); only managers and above may create labels. Create them on the Labels page first, or leave the Labels column out.");
        }
        for (String name : missing) {
            labels.insert(access.workspaceId(), Ids.next(), spelled.get(name), LabelColour.GREY);
        }
        labels.labelImported(access.workspaceId(), importId, rows, names);
    }

    /** Renames or recolours a label; a null field stays as it is. */
    @Transactional
    public Label update(WorkspaceAccess access, UUID labelId, String name, LabelColour colour) {
        access.require(Permission.PROJECT_WRITE);
        String trimmed = name == null ? null : name.strip();
        if (trimmed != null) {
            requireFreeName(access, trimmed, labelId);
        }
        try {
            return labels.update(access.workspaceId(), labelId, trimmed, colour)
                    .orElseThrow(() -> ProblemException.notFound("label"));
        } catch (DuplicateKeyException raced) {
            throw nameTaken(trimmed);
        }
    }

    /** Deletes a label; the tasks that carried it lose it (the foreign key cascades). */
    @Transactional
    public void delete(WorkspaceAccess access, UUID labelId) {
        access.require(Permission.PROJECT_WRITE);
        if (!labels.delete(access.workspaceId(), labelId)) {
            throw ProblemException.notFound("label");
        }
    }

    /** Makes {@code labelIds} the task's labels, all of them labels of the workspace, and tells activity and live pages. */
    @Transactional
    public Task setTaskLabels(WorkspaceAccess access, UUID taskId, List<UUID> labelIds) {
        access.require(Permission.TASK_WRITE);
        Task before = tasks.get(access, taskId);
        Set<UUID> wanted = new LinkedHashSet<>(labelIds);
        if (labels.countKnown(access.workspaceId(), wanted) != wanted.size()) {
            throw ProblemException.invalid("labelIds", "names a label that does not exist in this workspace");
        }
        labels.replaceTaskLabels(access.workspaceId(), taskId, wanted);
        Task after = tasks.get(access, taskId);
        if (!before.labels().equals(after.labels())) {
            events.publishEvent(new TaskChanged(access.workspaceId(), access.userId(), before, after, TaskChanged.Via.current()));
        }
        return after;
    }

    private void requireFreeName(WorkspaceAccess access, String name, UUID exceptId) {
        if (labels.nameTaken(access.workspaceId(), name, exceptId)) {
            throw nameTaken(name);
        }
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("label-name-taken", "A label named \"" + name + "\" already exists in this workspace.");
    }
}
