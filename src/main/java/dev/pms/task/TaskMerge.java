package dev.pms.task;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A stale edit merged field by field (DESIGN §10): a field only I changed takes my value, a field only they changed
 * keeps theirs, and a field we both changed to different values is a conflict that the person resolves.
 */
final class TaskMerge {
    private static final Set<TaskChanged.Field> EDITABLE = EnumSet.complementOf(EnumSet.of(TaskChanged.Field.POSITION, TaskChanged.Field.PARENT,
            TaskChanged.Field.STATE));

    private TaskMerge() {
    }

    /** The fields both sides changed from {@code seen}, each to a different value. */
    static List<TaskChanged.Field> conflicts(TaskFields seen, TaskFields mine, TaskFields now) {
        List<TaskChanged.Field> conflicts = new ArrayList<>();
        for (TaskChanged.Field field : EDITABLE) {
            Object base = seen.get(field);
            if (!Objects.equals(base, mine.get(field)) && !Objects.equals(base, now.get(field))
                    && !Objects.equals(mine.get(field), now.get(field))) {
                conflicts.add(field);
            }
        }
        return conflicts;
    }

    /** A command at {@code version} that changes only what I changed; every other field stays as it is now. */
    static UpdateTaskCommand mine(TaskFields seen, TaskFields mine, int version) {
        return new UpdateTaskCommand(version,
                changed(seen, mine, TaskChanged.Field.PROJECT) ? mine.projectId() : null,
                changed(seen, mine, TaskChanged.Field.TITLE) ? mine.title() : null,
                changed(seen, mine, TaskChanged.Field.DESCRIPTION) ? mine.description() : null,
                changed(seen, mine, TaskChanged.Field.STATUS) ? mine.status() : null,
                changed(seen, mine, TaskChanged.Field.PRIORITY) ? mine.priority() : null,
                changed(seen, mine, TaskChanged.Field.ASSIGNEE) ? Optional.ofNullable(mine.assigneeId()) : null,
                changed(seen, mine, TaskChanged.Field.DUE_DATE) ? Optional.ofNullable(mine.dueDate()) : null);
    }

    private static boolean changed(TaskFields seen, TaskFields mine, TaskChanged.Field field) {
        return !Objects.equals(seen.get(field), mine.get(field));
    }
}
