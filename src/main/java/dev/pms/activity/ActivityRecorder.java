package dev.pms.activity;

import dev.pms.activity.ActivityRepository.Row;
import dev.pms.comment.CommentAdded;
import dev.pms.relation.TaskLinkChanged;
import dev.pms.task.ImportedTasksDeleted;
import dev.pms.task.Task;
import dev.pms.task.TaskChanged;
import dev.pms.task.TaskChanged.Field;
import dev.pms.task.TasksBulkEdited;
import dev.pms.task.TasksImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Writes the activity of tasks as their changes happen: synchronous listeners, so that an entry commits or rolls
 * back with its change. A change of status, or of state within its category ("Ready" to "Verified"), is a move;
 * a reorder inside a column is a move without one; every other field that differs is one CHANGED entry. An import and its undo are one entry each, whatever their size.
 */
@Component
class ActivityRecorder {
    private final ActivityRepository activity;

    ActivityRecorder(ActivityRepository activity) {
        this.activity = activity;
    }

    @EventListener
    void taskChanged(TaskChanged e) {
        String via = e.via().name();
        if (e.created()) {
            activity.insert(e.workspaceId(), new Row(e.taskId(), e.actorId(), ActivityKind.CREATED, null, null, e.after().title(), via, null, null));
        } else if (e.deleted()) {
            activity.insert(e.workspaceId(), new Row(e.taskId(), e.actorId(), ActivityKind.DELETED, null, e.before().title(), null, via, null, null));
        } else {
            for (Field field : e.changedFields()) {
                recordField(e, field, via);
            }
        }
    }

    private void recordField(TaskChanged e, Field field, String via) {
        if (field == Field.POSITION) {
            if (e.changedFields().size() == 1) { // a reorder inside its column: a move that changes nothing else
                activity.insert(e.workspaceId(), new Row(e.taskId(), e.actorId(), ActivityKind.MOVED, null, null, null, via, null, null));
            }
            return;
        }
        ActivityKind kind = field == Field.STATUS || field == Field.STATE ? ActivityKind.MOVED : ActivityKind.CHANGED;
        activity.insert(e.workspaceId(), new Row(e.taskId(), e.actorId(), kind, field.name(),
                value(e.before(), field), value(e.after(), field), via, null, null));
    }

    @EventListener
    void imported(TasksImported e) {
        activity.insert(e.workspaceId(), new Row(null, e.actorId(), ActivityKind.IMPORTED, null, null,
                Long.toString(e.rows()), "IMPORT", e.importId(), null));
    }

    @EventListener
    void importUndone(ImportedTasksDeleted e) {
        activity.insert(e.workspaceId(), new Row(null, e.actorId(), ActivityKind.UNDONE, null, null,
                Integer.toString(e.rows()), "IMPORT", e.importId(), null));
    }

    /** A bulk edit or its undo: the entries single edits would record, written in one statement. */
    @EventListener
    void bulkEdited(TasksBulkEdited e) {
        activity.insertAll(e.workspaceId(), e.actorId(), e.via(), e.entries());
    }

    @EventListener
    void commented(CommentAdded e) {
        activity.insert(e.workspaceId(), new Row(e.taskId(), e.authorId(), ActivityKind.COMMENTED, null, null, null, null, null, e.commentId()));
    }

    /** A link is an entry on each of its tasks, each saying it from its side: "blocks WEB-2", "blocked by WEB-1". */
    @EventListener
    void linked(TaskLinkChanged e) {
        ActivityKind kind = e.added() ? ActivityKind.LINKED : ActivityKind.UNLINKED;
        activity.insert(e.workspaceId(), new Row(e.taskId(), e.actorId(), kind, e.kind().name(),
                e.added() ? null : e.otherKey(), e.added() ? e.otherKey() : null, TaskChanged.Via.current().name(), null, null));
        activity.insert(e.workspaceId(), new Row(e.otherTaskId(), e.actorId(), kind, e.kind().reversed().name(),
                e.added() ? null : e.taskKey(), e.added() ? e.taskKey() : null, TaskChanged.Via.current().name(), null, null));
    }

    /** A field's value as stored text: what the API returns as old and new. */
    static String value(Task task, Field field) {
        Object value = switch (field) {
            case TITLE -> task.title();
            case DESCRIPTION -> task.description();
            case PROJECT -> task.projectId();
            case STATUS -> task.status();
            case PRIORITY -> task.priority();
            case ASSIGNEE -> task.assigneeId();
            case DUE_DATE -> task.dueDate();
            case POSITION -> task.position();
            case PARENT -> task.parentKey(); // the key people read, kept even if the parent is deleted later
            case STATE -> task.stateName(); // the name people read, kept even if the state is renamed or removed later
        };
        return value == null ? null : value instanceof Enum<?> constant ? constant.name() : Objects.toString(value);
    }

}
