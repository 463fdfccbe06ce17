package dev.pms.platform;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "\n=1+1", " =1+1", "\r\n+1", "\u0000=1",
            "\u00a0=1", "  \t @x", "'=1+1", "''+1"})
    void formulaLikeTextGetsALeadingQuote(String value) {
        assertThat(SpreadsheetText.neutral(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Write the docs", "a=b", "1-2", "'quoted", "  indented", "\n", "'", "''", "e-mail@x"})
    void plainTextIsLeftAlone(String value) {
        assertThat(SpreadsheetText.neutral(value)).isEqualTo(value);
    }

    @Test
    void nullIsEmpty() {
        assertThat(SpreadsheetText.neutral(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "\n=1+1", "'=1+1", "'''-x", "plain", "'plain", "'", "", "\t", " @", "'\n+1"})
    void restoreGivesBackWhatWasNeutralised(String value) {
        assertThat(SpreadsheetText.restore(SpreadsheetText.neutral(value))).isEqualTo(value);
    }

    @Test
    void restoreLeavesAQuoteThatWasNotOurs() {
        assertThat(SpreadsheetText.restore("'plain")).isEqualTo("'plain");
        assertThat(SpreadsheetText.restore("'")).isEqualTo("'");
    }

    @Test
    void csvQuotesTheNeutralisedCellsOnly() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().quoteStrategy(SpreadsheetText.QUOTE_NEUTRALISED).build(out)) {
            csv.writeRecord(SpreadsheetText.neutral("+1+1"), SpreadsheetText.neutral("plain"), SpreadsheetText.neutral("\n=1+1"));
        }
        assertThat(out.toString()).isEqualTo("\"'+1+1\",plain,\"'\n=1+1\"\r\n");
    }
}
