package dev.pms.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Jira's comment cells ("date;author;text") read into comments that keep their author and date in the text. */
class ImportedCommentTests {
    @Test
    void aJiraCellGivesDateAuthorAndTextWhichMayHoldSemicolons() {
        ImportedComment c = ImportedComment.parse("12/Mar/24 9:20 AM;bob;First; then second");
        assertThat(c).isEqualTo(new ImportedComment("12/Mar/24 9:20 AM", "bob", "First; then second"));
        assertThat(c.body(true)).isEqualTo("_Written on 12/Mar/24 9:20 AM (imported)_\n\nFirst; then second");
        assertThat(c.body(false)).isEqualTo("_Written by bob on 12/Mar/24 9:20 AM (imported; not a member)_\n\nFirst; then second");
    }

    @Test
    void aCellOfAnotherShapeIsAllTextAndAnEmptyOneNoComment() {
        assertThat(ImportedComment.parse("Just a note").body(false)).isEqualTo("Just a note");
        assertThat(ImportedComment.parse(";;text").body(false)).isEqualTo(";;text");
        assertThat(ImportedComment.parse("  ")).isNull();
        assertThat(ImportedComment.parse("12/Mar/24;bob;  ")).isNull();
    }

    @Test
    void markdownInTheAuthorsNameStaysText() {
        assertThat(ImportedComment.parse("1 May;_evil*_;hi").body(false)).startsWith("_Written by \\_evil\\*\\_ on 1 May");
    }

    @Test
    void aTextLongerThanACommentMayBeIsCut() {
        String body = ImportedComment.parse("d;a;" + "x".repeat(200_000)).body(false);
        assertThat(body.length()).isLessThanOrEqualTo(100_000);
        assertThat(body).endsWith("…");
    }
}
