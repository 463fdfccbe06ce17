package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportFormat;

import dev.pms.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.Locale;

/** Tells an upload's format by its first bytes, not its name, and refuses what no import can read. */
public final class UploadSniffer {
    private UploadSniffer() {
    }

    public static ImportFormat format(byte[] head, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ImportFormat.XLSX;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11) {
            throw unsupported("This is an Excel 97-2003 (.xls) file; save it as .xlsx or CSV and upload that");
        }
        if (name.endsWith(".xlsx")) {
            throw unsupported("The file is named .xlsx but is not an XLSX workbook");
        }
        try {
            CsvEncoding.detect(head, Math.min(head.length, 8192));
        } catch (ImportFailure e) {
            throw unsupported(e.getMessage());
        }
        return ImportFormat.CSV;
    }

    public static String fileName(String original) {
        String name = original == null || original.isBlank() ? "upload" : original.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name.isEmpty() ? "upload" : name;
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", detail);
    }
}
