package dev.pms.task;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskChangedTests {
    private static final UUID WS = UUID.randomUUID();
    private static final UUID ACTOR = UUID.randomUUID();
    private final Task task = new Task(UUID.randomUUID(), UUID.randomUUID(), "Plan", "", TaskStatus.TODO, Priority.NONE,
            null, null, 1.0, null, ACTOR, Instant.EPOCH, ACTOR, Instant.EPOCH, 1, 1, "PL-1", null, null, null, 0, 0, false);

    @Test
    void aMoveChangesStatusAndPositionOnly() {
        Task moved = new Task(task.id(), task.projectId(), "Plan", "", TaskStatus.DONE, Priority.NONE, null, null, 2.0,
                null, ACTOR, Instant.EPOCH, ACTOR, Instant.EPOCH, 2, 1, "PL-1", null, null, null, 0, 0, false);
        var event = new TaskChanged(WS, ACTOR, task, moved, TaskChanged.Via.PAGE);
        assertThat(event.changedFields()).containsExactly(TaskChanged.Field.STATUS, TaskChanged.Field.POSITION);
        assertThat(event.created()).isFalse();
        assertThat(event.deleted()).isFalse();
    }

    @Test
    void anEditListsEachFieldThatDiffers() {
        UUID assignee = UUID.randomUUID();
        Task edited = new Task(task.id(), task.projectId(), "Plan Q3", "notes", TaskStatus.TODO, Priority.HIGH, assignee,
                LocalDate.of(2027, 1, 4), 1.0, null, ACTOR, Instant.EPOCH, ACTOR, Instant.EPOCH, 2, 1, "PL-1", null, null, null, 0, 0, false);
        assertThat(new TaskChanged(WS, ACTOR, task, edited, TaskChanged.Via.API).changedFields()).containsExactly(
                TaskChanged.Field.TITLE, TaskChanged.Field.DESCRIPTION, TaskChanged.Field.PRIORITY,
                TaskChanged.Field.ASSIGNEE, TaskChanged.Field.DUE_DATE);
    }

    @Test
    void creationAndDeletionNameTheTaskAndChangeNoField() {
        var created = new TaskChanged(WS, ACTOR, null, task, TaskChanged.Via.API);
        var deleted = new TaskChanged(WS, ACTOR, task, null, TaskChanged.Via.PAGE);
        assertThat(created.created()).isTrue();
        assertThat(deleted.deleted()).isTrue();
        assertThat(created.taskId()).isEqualTo(task.id()).isEqualTo(deleted.taskId());
        assertThat(created.changedFields()).isEmpty();
    }
}
