package dev.pms.task.web;

import dev.pms.platform.web.ProblemException;
import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;
import dev.pms.task.UpdateTaskCommand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One field of the task panel becomes a change of that field alone; a value it cannot take is refused in words. */
class TaskFieldChangeTests {

    @Test
    void eachFieldChangesOnlyItself() {
        UpdateTaskCommand status = TaskFieldController.change("status", "DONE", 3);
        assertThat(status).isEqualTo(new UpdateTaskCommand(3, null, null, null, TaskStatus.DONE, null, null, null));
        assertThat(TaskFieldController.change("priority", "HIGH", 1).priority()).isEqualTo(Priority.HIGH);
        assertThat(TaskFieldController.change("assigneeId", "", 1).assigneeId()).isEqualTo(Optional.empty());
        assertThat(TaskFieldController.change("dueDate", "2027-01-04", 1).dueDate()).contains(LocalDate.of(2027, 1, 4));
        assertThat(TaskFieldController.change("dueDate", "", 1).dueDate()).isEqualTo(Optional.empty());
        assertThat(TaskFieldController.change("description", "", 1).description()).isEmpty();
    }

    @Test
    void aValueTheFieldCannotTakeIsABadRequestInWords() {
        for (String[] bad : new String[][]{{"status", "SOMEDAY"}, {"assigneeId", "bob"}, {"dueDate", "31/12/2027"}, {"title", "  "},
                {"title", "x".repeat(501)}, {"description", "x".repeat(100_001)}, {"projectId", ""}}) {
            assertThatThrownBy(() -> TaskFieldController.change(bad[0], bad[1], 0)).as(bad[0])
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.forPeople()).doesNotContain("Exception", "null"));
        }
    }
}
