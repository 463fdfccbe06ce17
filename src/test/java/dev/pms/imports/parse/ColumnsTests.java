package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import dev.pms.imports.parse.Columns.Field;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnsTests {

    @Test
    void headersMatchTheirFieldsIgnoringCaseAndPunctuation() {
        Columns columns = Columns.of(List.of("Summary", "STATUS", "Assigned To", " Due-Date ", "Project name"));
        assertThat(columns.of(Field.TITLE)).isZero();
        assertThat(columns.of(Field.STATUS)).isEqualTo(1);
        assertThat(columns.of(Field.ASSIGNEE)).isEqualTo(2);
        assertThat(columns.of(Field.DUE_DATE)).isEqualTo(3);
        assertThat(columns.of(Field.PROJECT)).isEqualTo(4);
        assertThat(columns.of(Field.DESCRIPTION)).isEqualTo(-1);
    }

    @Test
    void theEarliestAliasOfAFieldWinsWhereverItsColumnIs() {
        Columns asana = Columns.of(List.of("Name", "Assignee", "Assignee Email"));
        assertThat(asana.of(Field.ASSIGNEE)).isEqualTo(2);
        Columns trello = Columns.of(List.of("Card Name", "List Name", "Title"));
        assertThat(trello.of(Field.TITLE)).isEqualTo(2);
        assertThat(trello.of(Field.STATUS)).isEqualTo(1);
    }

    @Test
    void aRepeatedHeaderCountsItsFirstColumn() {
        assertThat(Columns.of(List.of("Notes", "Title", "Title")).of(Field.TITLE)).isEqualTo(1);
    }

    @Test
    void namesAreTheFilesOwnSpellingOrTheFieldsName() {
        Columns columns = Columns.of(List.of(" Task Name ", "Due"));
        assertThat(columns.name(Field.TITLE)).isEqualTo("Task Name");
        assertThat(columns.name(Field.DUE_DATE)).isEqualTo("Due");
        assertThat(columns.name(Field.PRIORITY)).isEqualTo("priority");
    }

    @Test
    void withoutATitleColumnTheFailureNamesTheColumnsFound() {
        assertThatThrownBy(() -> Columns.of(List.of("Status", "Owner")))
                .isInstanceOf(ImportFailure.class)
                .hasMessage("No title column: the header needs one of Title, Name, Summary, Subject or Task; found 'Status', 'Owner'");
        assertThatThrownBy(() -> Columns.of(List.of())).hasMessageEndingWith("found no columns");
    }

    @Test
    void aLongHeaderIsShortenedInTheFailure() {
        List<String> header = new ArrayList<>();
        header.add("x".repeat(50));
        for (int i = 1; i < 12; i++) {
            header.add("Col " + i);
        }
        assertThatThrownBy(() -> Columns.of(header))
                .hasMessageContaining("'" + "x".repeat(40) + "…'")
                .hasMessageContaining("'Col 9', … (12 columns)")
                .hasMessageNotContaining("Col 10");
    }

    @Test
    void normalizingKeepsLettersAndDigitsOfAnyScriptInLowerCase() {
        assertThat(Columns.normalize("Due Date (UTC)")).isEqualTo("duedateutc");
        assertThat(Columns.normalize("Fällig_AM")).isEqualTo("fälligam");
        assertThat(Columns.normalize("期日 1")).isEqualTo("期日1");
        assertThat(Columns.normalize("--")).isEmpty();
    }
}
