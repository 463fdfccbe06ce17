package dev.pms.imports.parse;


import dev.pms.imports.ImportFormat;

import dev.pms.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadSnifferTests {
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};

    @Test
    void theFirstBytesDecideNotTheName() {
        assertThat(UploadSniffer.format(ZIP, "tasks.csv")).isEqualTo(ImportFormat.XLSX);
        assertThat(UploadSniffer.format(ZIP, null)).isEqualTo(ImportFormat.XLSX);
        assertThat(UploadSniffer.format(text("Title\nA\n"), "export.txt")).isEqualTo(ImportFormat.CSV);
        assertThat(UploadSniffer.format(text("Title\nA\n"), null)).isEqualTo(ImportFormat.CSV);
        assertThat(UploadSniffer.format(new byte[0], "empty.csv")).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void anOldExcelFileIsRefusedWithWhatToDoInstead() {
        assertUnsupported(OLE2, "tasks.xls", "This is an Excel 97-2003 (.xls) file; save it as .xlsx or CSV and upload that");
    }

    @Test
    void aFileNamedXlsxThatIsNoWorkbookIsRefused() {
        assertUnsupported(text("Title\nA\n"), "Tasks.XLSX", "The file is named .xlsx but is not an XLSX workbook");
    }

    @Test
    void aBinaryFileIsRefusedAsNotText() {
        assertThatThrownBy(() -> UploadSniffer.format(new byte[]{'G', 'I', 'F', '8', 0, 0}, "picture.csv"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(415))
                .hasMessageStartingWith("The file is not text");
    }

    @Test
    void theStoredNameIsTheLastPathPartAtMost255Characters() {
        assertThat(UploadSniffer.fileName(null)).isEqualTo("upload");
        assertThat(UploadSniffer.fileName("  ")).isEqualTo("upload");
        assertThat(UploadSniffer.fileName(" tasks.csv ")).isEqualTo("tasks.csv");
        assertThat(UploadSniffer.fileName("C:\\Users\\ann\\tasks.csv")).isEqualTo("tasks.csv");
        assertThat(UploadSniffer.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadSniffer.fileName("folder/")).isEqualTo("upload");
        assertThat(UploadSniffer.fileName("a".repeat(300) + ".csv")).hasSize(255);
    }

    private static void assertUnsupported(byte[] head, String name, String detail) {
        assertThatThrownBy(() -> UploadSniffer.format(head, name))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(415);
                    assertThat(e.type()).isEqualTo("unsupported-file");
                })
                .hasMessage(detail);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
