package dev.pms.imports.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which columns beyond a task's fields an import reads: repeated ones all, and none twice. */
class ExtraColumnsTests {
    @Test
    void jirasRepeatedLabelsWatchersAndCommentColumnsAreAllRead() {
        Columns columns = Columns.of(List.of("Summary", "Assignee", "Reporter", "Creator", "Labels", "Labels", "Watchers",
                "Watchers", "Comment", "Comment", "Resolved"));
        ExtraColumns extra = ExtraColumns.of(columns);
        assertThat(extra.labels()).containsExactly(4, 5);
        assertThat(extra.reporter()).isEqualTo(2);
        assertThat(extra.watchers()).containsExactly(6, 7);
        assertThat(extra.comments()).containsExactly(8, 9);
        assertThat(extra.closed()).as("Jira's Resolved is a resolution date, not an archived card").isEqualTo(-1);
        assertThat(extra.labelsOf(new RowSource.SourceRow(2, new String[]{"t", "", "", "", "ci", "infra"}))).isEqualTo("ci,infra");
        assertThat(extra.fieldAt(3)).isNull();
    }

    @Test
    void trellosArchivedColumnMarksClosedRows() {
        ExtraColumns extra = ExtraColumns.of(Columns.of(List.of("Card Name", "Members", "Archived")));
        assertThat(extra.closed()).isEqualTo(2);
        assertThat(extra.closed(new RowSource.SourceRow(2, new String[]{"a", "", "true"}))).isTrue();
        assertThat(extra.closed(new RowSource.SourceRow(3, new String[]{"b", "", "false"}))).isFalse();
        assertThat(extra.keepsPeopleOrComments()).isFalse();
    }

    @Test
    void aFileWithoutSuchColumnsHasNone() {
        ExtraColumns extra = ExtraColumns.of(Columns.of(List.of("Title", "Status")));
        assertThat(extra.labels()).isEmpty();
        assertThat(extra.reporter()).isEqualTo(-1);
        assertThat(extra.comments()).isEmpty();
        assertThat(extra.watchers()).isEmpty();
        assertThat(extra.closed()).isEqualTo(-1);
    }
}
