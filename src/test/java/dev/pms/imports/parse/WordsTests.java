package dev.pms.imports.parse;

import dev.pms.task.Priority;
import dev.pms.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Backlog|BACKLOG", "Icebox|BACKLOG",
            "To Do|TODO", "Selected for Development|TODO", "open|TODO", "On hold|TODO",
            "In Progress|IN_PROGRESS", "WIP|IN_PROGRESS", "in-progress|IN_PROGRESS", "Blocked|IN_PROGRESS",
            "Code Review|IN_REVIEW", "QA|IN_REVIEW", "Ready for review|IN_REVIEW",
            "Done|DONE", "Won't Do|DONE", "RESOLVED|DONE", "Cancelled|DONE"})
    void statusWordsOfOtherToolsMatchIgnoringCaseAndPunctuation(String word, TaskStatus expected) {
        assertThat(Words.status(word)).isEqualTo(expected);
    }

    @Test
    void anEmptyStatusCellIsToDoAndAnUnknownWordIsNothing() {
        assertThat(Words.status("")).isEqualTo(TaskStatus.TODO);
        assertThat(Words.status(" - ")).isEqualTo(TaskStatus.TODO);
        assertThat(Words.status("Mystery")).isNull();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "''|NONE", "No priority|NONE", "Lowest|LOW", "Minor|LOW", "P3|LOW", "Normal|MEDIUM", "Major|MEDIUM",
            "P1|HIGH", "High|HIGH", "Highest|URGENT", "Blocker|URGENT", "P0|URGENT", "ASAP|URGENT"})
    void priorityWordsOfOtherToolsMatchIgnoringCaseAndPunctuation(String word, Priority expected) {
        assertThat(Words.priority(word)).isEqualTo(expected);
    }

    @Test
    void anUnknownPriorityWordIsNothing() {
        assertThat(Words.priority("whenever")).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" means done")
    @ValueSource(strings = {"2024-03-01", "yes", "Y", "true", "1", "x"})
    void aCompletedCellWithADateOrAYesWordMeansDone(String cell) {
        assertThat(Words.completed(cell)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" means not done")
    @ValueSource(strings = {"", "  ", "no", "No", "FALSE", "0", "n"})
    void anEmptyOrNoCompletedCellMeansNotDone(String cell) {
        assertThat(Words.completed(cell)).isFalse();
    }
}
