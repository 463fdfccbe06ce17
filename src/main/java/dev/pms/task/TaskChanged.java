package dev.pms.task;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A task was created, edited, moved or deleted, published inside the change's transaction so that what listens
 * (activity, notifications, live updates) commits or rolls back with it. {@code before} is null for a new task,
 * {@code after} null for a deleted one; {@code via} says whether a page or the API made the change.
 */
public record TaskChanged(UUID workspaceId, UUID actorId, Task before, Task after, Via via) {

    public enum Via {
        PAGE, API;

        /** Pages and the API share the services; the request's address tells the activity which one made a change. */
        public static Via current() {
            return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                    && request.getRequest().getRequestURI().startsWith("/api/") ? API : PAGE;
        }
    }

    /**
     * The fields a person sees change; position alone is a reorder inside a column. STATE is a move between two states
     * of one category ("Ready" to "Verified"); a move to another category is STATUS.
     */
    public enum Field { TITLE, DESCRIPTION, PROJECT, STATUS, PRIORITY, ASSIGNEE, DUE_DATE, POSITION, PARENT, STATE }

    public UUID taskId() {
        return after != null ? after.id() : before.id();
    }

    public boolean created() {
        return before == null;
    }

    public boolean deleted() {
        return after == null;
    }

    /** Whether the task moved to another column of its board: another category, or another state of the same one. */
    public boolean columnChanged() {
        Set<Field> fields = changedFields();
        return fields.contains(Field.STATUS) || fields.contains(Field.STATE);
    }

    /** The fields whose values differ between before and after; empty for a creation or a deletion. */
    public Set<Field> changedFields() {
        Set<Field> fields = new LinkedHashSet<>();
        if (before == null || after == null) {
            return fields;
        }
        add(fields, Field.TITLE, before.title(), after.title());
        add(fields, Field.DESCRIPTION, before.description(), after.description());
        add(fields, Field.PROJECT, before.projectId(), after.projectId());
        add(fields, Field.STATUS, before.status(), after.status());
        add(fields, Field.PRIORITY, before.priority(), after.priority());
        add(fields, Field.ASSIGNEE, before.assigneeId(), after.assigneeId());
        add(fields, Field.DUE_DATE, before.dueDate(), after.dueDate());
        add(fields, Field.POSITION, before.position(), after.position());
        add(fields, Field.PARENT, before.parentId(), after.parentId());
        if (before.projectId().equals(after.projectId()) && before.status() == after.status()) {
            add(fields, Field.STATE, before.stateId(), after.stateId());
        }
        return fields;
    }

    private static void add(Set<Field> fields, Field field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            fields.add(field);
        }
    }
}
