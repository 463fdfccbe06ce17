package dev.pms.task;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-field merge of a stale edit, without a database. */
class TaskMergeTests {
    private static final UUID PROJECT = UUID.randomUUID();
    private static final TaskFields SEEN = new TaskFields(PROJECT, "Plan", "Notes", TaskStatus.TODO, Priority.NONE, null, null);

    private static TaskFields edit(UpdateTaskCommand c) {
        return SEEN.with(c);
    }

    @Test
    void differentFieldsDoNotConflictAndOnlyMineAreSent() {
        TaskFields mine = edit(new UpdateTaskCommand(0, null, "Plan", "Better notes", null, null, null, null));
        TaskFields now = new TaskFields(PROJECT, "Their plan", "Notes", TaskStatus.DONE, Priority.NONE, null, null);
        assertThat(TaskMerge.conflicts(SEEN, mine, now)).isEmpty();
        UpdateTaskCommand merged = TaskMerge.mine(SEEN, mine, 3);
        assertThat(merged.version()).isEqualTo(3);
        assertThat(merged.description()).isEqualTo("Better notes");
        assertThat(merged.title()).isNull();
        assertThat(merged.status()).isNull();
        assertThat(merged.assigneeId()).isNull();
    }

    @Test
    void theSameFieldChangedToDifferentValuesIsAConflict() {
        TaskFields mine = edit(new UpdateTaskCommand(0, null, "My plan", null, null, Priority.HIGH, null, Optional.of(LocalDate.of(2026, 1, 2))));
        TaskFields now = new TaskFields(PROJECT, "Their plan", "Notes", TaskStatus.TODO, Priority.HIGH, null, LocalDate.of(2026, 1, 3));
        assertThat(TaskMerge.conflicts(SEEN, mine, now)).containsExactlyInAnyOrder(TaskChanged.Field.TITLE, TaskChanged.Field.DUE_DATE);
    }

    @Test
    void bothChangingAFieldToTheSameValueIsNoConflict() {
        TaskFields mine = edit(new UpdateTaskCommand(0, null, "Same", null, null, null, Optional.empty(), null));
        TaskFields now = new TaskFields(PROJECT, "Same", "Notes", TaskStatus.TODO, Priority.NONE, null, null);
        assertThat(TaskMerge.conflicts(SEEN, mine, now)).isEmpty();
    }
}
