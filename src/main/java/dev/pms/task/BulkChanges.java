package dev.pms.task;

import dev.pms.task.TaskBulkRepository.Previous;
import dev.pms.task.TaskBulkRepository.Selected;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What a bulk edit or its undo did to each task, as activity entries, and the change as it is stored. */
final class BulkChanges {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BulkChanges() {
    }

    static String json(BulkChange c) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("status", c.status());
        change.put("priority", c.priority());
        change.put("assigneeId", c.assignee() == null ? "unchanged" : c.assignee().orElse(null));
        change.put("dueDate", c.dueDate() == null ? "unchanged" : c.dueDate().map(Object::toString).orElse(null));
        change.put("addLabels", c.addLabels());
        change.put("removeLabels", c.removeLabels());
        change.put("delete", c.delete());
        return JSON.writeValueAsString(change);
    }

    /** The fields each task had and the change gives it: the same entries single edits record. */
    static List<TasksBulkEdited.Entry> entries(List<Selected> before, BulkChange c) {
        List<TasksBulkEdited.Entry> entries = new ArrayList<>();
        for (Selected t : before) {
            if (c.delete()) {
                entries.add(new TasksBulkEdited.Entry(t.id(), "DELETED", null, t.title(), null));
                continue;
            }
            Object assignee = c.assignee() == null ? t.assigneeId() : c.assignee().orElse(null);
            Object due = c.dueDate() == null ? t.dueDate() : c.dueDate().orElse(null);
            fields(entries, t.id(), t.status(), c.status() == null ? t.status() : c.status(),
                    t.priority(), c.priority() == null ? t.priority() : c.priority(), t.assigneeId(), assignee, t.dueDate(), due);
        }
        return entries;
    }

    /** An undo sets each task back from {@code now} (as the edit left it) to its values before the edit. */
    static List<TasksBulkEdited.Entry> undoEntries(List<Previous> previous, List<Selected> now, boolean deleted) {
        Map<UUID, Selected> current = new LinkedHashMap<>();
        now.forEach(t -> current.put(t.id(), t));
        List<TasksBulkEdited.Entry> entries = new ArrayList<>();
        for (Previous p : previous) {
            Selected t = current.get(p.taskId());
            if (deleted || t == null) {
                entries.add(new TasksBulkEdited.Entry(p.taskId(), "CREATED", null, null, p.title()));
            } else {
                fields(entries, p.taskId(), t.status(), p.status(), t.priority(), p.priority(), t.assigneeId(), p.assigneeId(),
                        t.dueDate(), p.dueDate());
            }
        }
        return entries;
    }

    /** Subtasks detached from their parent by a bulk delete, or put back under it ({@code attached}) by its undo. */
    static List<TasksBulkEdited.Entry> parents(List<TaskBulkRepository.Detached> subtasks, boolean attached) {
        return subtasks.stream().map(d -> new TasksBulkEdited.Entry(d.taskId(), "CHANGED", TaskChanged.Field.PARENT.name(),
                attached ? null : d.parentKey(), attached ? d.parentKey() : null)).toList();
    }

    private static void fields(List<TasksBulkEdited.Entry> entries, UUID id, Object oldStatus, Object newStatus, Object oldPriority,
                               Object newPriority, Object oldAssignee, Object newAssignee, Object oldDue, Object newDue) {
        add(entries, id, "MOVED", TaskChanged.Field.STATUS, oldStatus, newStatus);
        add(entries, id, "CHANGED", TaskChanged.Field.PRIORITY, oldPriority, newPriority);
        add(entries, id, "CHANGED", TaskChanged.Field.ASSIGNEE, oldAssignee, newAssignee);
        add(entries, id, "CHANGED", TaskChanged.Field.DUE_DATE, oldDue, newDue);
    }

    private static void add(List<TasksBulkEdited.Entry> entries, UUID id, String kind, TaskChanged.Field field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            entries.add(new TasksBulkEdited.Entry(id, kind, field.name(), text(old), text(now)));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
