package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file's text encoding from its first bytes: UTF-8 with or without a byte-order mark, or UTF-16 with
 * one. NUL bytes without a UTF-16 mark mean the file is not text at all.
 */
record CsvEncoding(Charset charset, int bomLength) {

    static CsvEncoding detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                throw new ImportFailure("The file is not text: it contains NUL bytes (a binary file, or UTF-16 without "
                        + "a byte-order mark). Upload a CSV saved as UTF-8, or an XLSX workbook");
            }
        }
        return new CsvEncoding(StandardCharsets.UTF_8, 0);
    }

    /** The field separator among , ; tab and | that occurs most often in the header line, outside quotes. */
    static char delimiter(String headerLine) {
        char[] candidates = {',', ';', '\t', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
