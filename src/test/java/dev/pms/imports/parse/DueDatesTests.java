package dev.pms.imports.parse;

import dev.pms.platform.web.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueDatesTests {
    private final DueDates plain = new DueDates(null, false);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-12|2026-03-12",
            "2026-03-12T17:30:00Z|2026-03-12",
            "2026-03-12 17:30|2026-03-12",
            "'  2026-03-12  '|2026-03-12",
            "03/12/2026|2026-03-12",
            "3/12/24|2024-03-12",
            "03/12/2026 17:30|2026-03-12",
            "13/03/2026|2026-03-13",
            "12/Mar/24|2024-03-12",
            "12/Mar/24 5:30 PM|2024-03-12",
            "12-mar-2024|2024-03-12",
            "Mar 12, 2024|2024-03-12",
            "March 12, 2024|2024-03-12",
            "12 March 2024|2024-03-12",
            "Tue Mar 12 2024 17:30:00 GMT+0100|2024-03-12",
            "12.03.2024|2024-03-12",
            "2024/3/12|2024-03-12"})
    void readsTheFormatsOtherToolsExport(String text, LocalDate expected) {
        assertThat(plain.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @ValueSource(strings = {"", "   ", "soon", "2026-02-30", "2026-03-12x", "13/13/2026", "1/2", "45292", "12/Foo/24"})
    void answersNullForTextThatIsNoDate(String text) {
        assertThat(plain.parse(text)).isNull();
    }

    @Test
    void aStatedFormatWinsOverMonthFirstAndOtherTextStillReadsAsUsual() {
        DueDates dayFirst = new DueDates("dd/MM/yyyy", false);
        assertThat(dayFirst.parse("03/12/2026")).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(dayFirst.parse("2026-03-12")).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(new DueDates("  ", false).parse("03/12/2026")).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void excelSerialNumbersCountOnlyInWorkbooks() {
        DueDates workbook = new DueDates(null, true);
        assertThat(workbook.parse("45292")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(workbook.parse("45292.75")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(workbook.parse("0")).isNull();
        assertThat(workbook.parse("99999999")).isNull();
        assertThat(workbook.parse("03/12/2026")).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void aStatedFormatThatIsNoPatternIsRefusedUpFront() {
        assertThatThrownBy(() -> DueDates.validateFormat("yyyy-MM-dd {"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("dateFormat"));
                })
                .hasMessageStartingWith("dateFormat: not a date pattern");
        assertThatCode(() -> DueDates.validateFormat("dd.MM.yyyy")).doesNotThrowAnyException();
        assertThatCode(() -> DueDates.validateFormat(null)).doesNotThrowAnyException();
        assertThatCode(() -> DueDates.validateFormat("")).doesNotThrowAnyException();
    }
}
