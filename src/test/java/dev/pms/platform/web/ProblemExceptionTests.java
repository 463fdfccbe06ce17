package dev.pms.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionTests {

    @Test
    void aThingThatIsNotFoundIsNamedInWordsNotByItsId() {
        ProblemException missing = ProblemException.notFound("task");
        assertThat(missing.getMessage()).isEqualTo("This task does not exist or was deleted.");
        assertThat(missing.type()).isEqualTo("not-found");
    }

    @Test
    void peopleReadEachFieldsMessageWithoutItsKey() {
        ProblemException invalid = ProblemException.invalid("title", "Give the task a title of 1 to 500 characters.");
        assertThat(invalid.getMessage()).isEqualTo("title: Give the task a title of 1 to 500 characters.");
        assertThat(invalid.forPeople()).isEqualTo("Give the task a title of 1 to 500 characters.");
        ProblemException two = new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-input", "x",
                List.of(new ProblemException.FieldProblem("to", "must not be before 'from'"),
                        new ProblemException.FieldProblem("limit", "must be between 1 and 500")));
        assertThat(two.forPeople()).isEqualTo("Must not be before 'from'. Must be between 1 and 500.");
    }

    @Test
    void messagesForPeopleAreWholeSentences() {
        assertThat(ProblemException.forbidden("Sign in first").forPeople()).isEqualTo("Sign in first.");
        assertThat(ProblemException.forbidden("Really?").forPeople()).isEqualTo("Really?");
        assertThat(ProblemException.sentence("  ")).isEqualTo("Something went wrong.");
        assertThat(ProblemException.sentence("done.")).isEqualTo("Done.");
    }
}
