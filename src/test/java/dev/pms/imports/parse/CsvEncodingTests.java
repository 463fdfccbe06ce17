package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvEncodingTests {

    @Test
    void aByteOrderMarkNamesTheEncodingAndIsSkipped() {
        assertThat(detect(0xEF, 0xBB, 0xBF, 'T')).isEqualTo(new CsvEncoding(StandardCharsets.UTF_8, 3));
        assertThat(detect(0xFF, 0xFE, 'T', 0)).isEqualTo(new CsvEncoding(StandardCharsets.UTF_16LE, 2));
        assertThat(detect(0xFE, 0xFF, 0, 'T')).isEqualTo(new CsvEncoding(StandardCharsets.UTF_16BE, 2));
    }

    @Test
    void withoutAMarkTextIsUtf8() {
        byte[] head = "Title,Due\nÉté,2026-03-12\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvEncoding.detect(head, head.length)).isEqualTo(new CsvEncoding(StandardCharsets.UTF_8, 0));
        assertThat(CsvEncoding.detect(new byte[0], 0)).isEqualTo(new CsvEncoding(StandardCharsets.UTF_8, 0));
    }

    @Test
    void nulBytesWithoutAMarkAreNotText() {
        byte[] utf16WithoutMark = "Title".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> CsvEncoding.detect(utf16WithoutMark, utf16WithoutMark.length))
                .isInstanceOf(ImportFailure.class)
                .hasMessageStartingWith("The file is not text: it contains NUL bytes");
    }

    @Test
    void onlyTheBytesReadCount() {
        byte[] buffer = {'T', 'i', 't', 'l', 'e', 0, 0, 0};
        assertThat(CsvEncoding.detect(buffer, 5).bomLength()).isZero();
        assertThat(detect(0xEF, 0xBB).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', quoteCharacter = '`', value = {
            "Title,Status,Due!,",
            "Title;Status;Due!;",
            "`Title\tStatus\tDue`!`\t`",
            "Title|Status|Due!|",
            "Title!,",
            "`\"Title, with comma\";Status;Due`!;",
            "Title,Status;Due!,"})
    void theSeparatorIsTheCommonestOutsideQuotesAndACommaOnATie(String header, char expected) {
        assertThat(CsvEncoding.delimiter(header)).isEqualTo(expected);
    }

    private static CsvEncoding detect(int... bytes) {
        byte[] head = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            head[i] = (byte) bytes[i];
        }
        return CsvEncoding.detect(head, head.length);
    }
}
