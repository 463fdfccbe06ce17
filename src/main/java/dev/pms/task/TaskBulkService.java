package dev.pms.task;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk edits of the table: one transaction for up to {@link #MAX_TASKS} tasks, each step one statement for all of
 * them. A task that may not be changed aborts the whole edit, unless the caller asked to skip such tasks; either way
 * the answer has one result per task. The values before are recorded, so that the edit can be undone. A delete
 * detaches the subtasks it does not delete, and its undo puts them back under their parents.
 */
@Service
public class TaskBulkService {
    public static final int MAX_TASKS = 1000;
    private final TaskBulkRepository bulk;
    private final WorkspaceQueries workspaces;
    private final ApplicationEventPublisher events;
    private final TaskTree tree;

    TaskBulkService(TaskBulkRepository bulk, WorkspaceQueries workspaces, ApplicationEventPublisher events, TaskTree tree) {
        this.bulk = bulk;
        this.workspaces = workspaces;
        this.events = events;
        this.tree = tree;
    }

    @Transactional
    public BulkEditResult apply(WorkspaceAccess access, List<UUID> taskIds, BulkChange change, boolean skipInvalid) {
        access.require(change.delete() ? Permission.TASK_DELETE_OWN : Permission.TASK_WRITE);
        requireValid(access, taskIds, change);
        Map<UUID, TaskBulkRepository.Selected> found = bulk.lock(access.workspaceId(), new LinkedHashSet<>(taskIds)).stream()
                .collect(Collectors.toMap(TaskBulkRepository.Selected::id, Function.identity()));
        List<BulkEditResult.Row> rows = taskIds.stream().map(id -> check(access, change, found.get(id), id)).toList();
        List<UUID> valid = rows.stream().filter(r -> r.reason() == null).map(BulkEditResult.Row::taskId).toList();
        int skipped = rows.size() - valid.size();
        if (skipped > 0 && !skipInvalid) {
            throw refused(rows, skipped);
        }
        if (valid.isEmpty()) {
            return new BulkEditResult(null, 0, skipped, rows);
        }
        UUID bulkId = Ids.next();
        bulk.record(access.workspaceId(), bulkId, access.userId(), BulkChanges.json(change), change.delete(), valid);
        List<TasksBulkEdited.Entry> detached = write(access, bulkId, valid, change);
        List<TaskBulkRepository.Selected> before = valid.stream().map(found::get).toList();
        List<TasksBulkEdited.Entry> entries = new ArrayList<>(BulkChanges.entries(before, change));
        entries.addAll(detached);
        events.publishEvent(new TasksBulkEdited(access.workspaceId(), access.userId(), bulkId, false, projects(before),
                entries, TaskChanged.Via.current().name()));
        return new BulkEditResult(bulkId, valid.size(), skipped, rows);
    }

    /**
     * Restores what a bulk edit changed, refused when someone has changed one of its tasks since (their change would be
     * lost) or when it was undone already. Only the person who made the edit may undo it.
     */
    @Transactional
    public int undo(WorkspaceAccess access, UUID bulkId) {
        access.require(Permission.TASK_WRITE);
        TaskBulkRepository.Edit edit = bulk.lockEdit(access.workspaceId(), bulkId)
                .filter(e -> e.actorId().equals(access.userId()))
                .orElseThrow(() -> ProblemException.notFoundSaying("You made no such bulk edit in this workspace."));
        if (edit.undone()) {
            throw ProblemException.conflict("bulk-edit-undone", "This bulk edit was undone already.");
        }
        int changed = bulk.changedSince(access.workspaceId(), bulkId, edit.deleted());
        if (changed > 0) {
            throw ProblemException.conflict("bulk-edit-changed-since", String.format(
                    "%,d of the tasks were changed or deleted since the bulk edit; undoing it would lose those changes, so nothing was undone.", changed));
        }
        List<TaskBulkRepository.Previous> previous = bulk.previous(bulkId);
        List<TaskBulkRepository.Selected> now = bulk.lock(access.workspaceId(), previous.stream().map(TaskBulkRepository.Previous::taskId).toList());
        bulk.restore(access.workspaceId(), bulkId, access.userId(), edit.deleted());
        List<TasksBulkEdited.Entry> entries = new ArrayList<>(BulkChanges.undoEntries(previous, now, edit.deleted()));
        if (edit.deleted()) {
            tree.lock(access.workspaceId()); // a change of parents, as any: see TaskTree
            entries.addAll(BulkChanges.parents(bulk.reattachSubtasks(access.workspaceId(), bulkId, access.userId()), true));
        }
        events.publishEvent(new TasksBulkEdited(access.workspaceId(), access.userId(), bulkId, true, projects(now),
                entries, TaskChanged.Via.current().name()));
        return previous.size();
    }

    /** Writes the change; a delete first detaches the subtasks that stay, and returns their entries. */
    private List<TasksBulkEdited.Entry> write(WorkspaceAccess access, UUID bulkId, List<UUID> ids, BulkChange change) {
        if (change.delete()) {
            tree.lock(access.workspaceId()); // a change of parents, as any: see TaskTree
            var detached = bulk.detachSubtasks(access.workspaceId(), bulkId, access.userId(), ids);
            bulk.delete(access.workspaceId(), ids);
            return BulkChanges.parents(detached, false);
        }
        if (change.status() != null) {
            bulk.moveToStatus(access.workspaceId(), ids, change.status());
        }
        bulk.update(access.workspaceId(), access.userId(), ids, change);
        if (change.changesLabels()) {
            bulk.labels(ids, change.addLabels(), change.removeLabels());
        }
        return List.of();
    }

    private void requireValid(WorkspaceAccess access, List<UUID> taskIds, BulkChange change) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw ProblemException.invalid("taskIds", "choose at least one task");
        }
        if (taskIds.size() > MAX_TASKS || new HashSet<>(taskIds).size() != taskIds.size()) {
            throw ProblemException.invalid("taskIds", String.format("at most %,d tasks, each once", MAX_TASKS));
        }
        if (change.empty() || change.delete() && (change.changesFields() || change.changesLabels())) {
            throw ProblemException.invalid("change", "say what to change, or delete alone");
        }
        UUID assignee = change.assignee() == null ? null : change.assignee().orElse(null);
        if (assignee != null && !workspaces.isMember(access, assignee)) {
            throw ProblemException.invalid("assigneeId", "this person is not a member of the workspace");
        }
        Set<UUID> labels = new HashSet<>(change.addLabels());
        labels.addAll(change.removeLabels());
        if (!labels.isEmpty() && bulk.countLabels(access.workspaceId(), labels) != labels.size()) {
            throw ProblemException.invalid("labels", "names a label that does not exist in this workspace");
        }
    }

    /** The access rules of single edits, per task: a member deletes only the tasks they created. */
    private static BulkEditResult.Row check(WorkspaceAccess access, BulkChange change, TaskBulkRepository.Selected task, UUID id) {
        if (task == null) {
            return BulkEditResult.Row.skipped(id, "No such task in this workspace; it may have been deleted.");
        }
        if (change.delete() && !access.mayDeleteTask(task.createdBy())) {
            return BulkEditResult.Row.skipped(id, "Your role may delete only the tasks you created.");
        }
        return BulkEditResult.Row.applied(id);
    }

    private static ProblemException refused(List<BulkEditResult.Row> rows, int skipped) {
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).reason() != null) {
                problems.add(new ProblemException.FieldProblem("taskIds[" + i + "]", rows.get(i).reason()));
            }
        }
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "bulk-edit-refused", String.format(
                "%,d of the %,d tasks cannot be changed, so none was; leave them out or send skipInvalid=true to change the others.",
                skipped, rows.size()), problems);
    }

    private static Set<UUID> projects(List<TaskBulkRepository.Selected> tasks) {
        return tasks.stream().map(TaskBulkRepository.Selected::projectId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
