package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import org.mozilla.universalchardet.UniversalDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file's text encoding: UTF-8 with or without a byte-order mark, or UTF-16 with one, from the first
 * bytes; a file without a mark that is not valid UTF-8 throughout (as Excel on Windows saves "CSV") is
 * named by juniversalchardet from its byte statistics, Windows-1252 when it cannot tell. NUL bytes without
 * a UTF-16 mark mean the file is not text at all.
 */
public record CsvEncoding(Charset charset, int bomLength) {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The encoding of a whole file: one pass that only checks UTF-8, and a second only for a file that is not. */
    public static CsvEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        CsvEncoding marked = detect(head, head.length);
        if (marked.bomLength() > 0 || validUtf8(file)) {
            return marked;
        }
        return new CsvEncoding(eightBit(file), 0);
    }

    public String name() {
        return charset.name() + (bomLength > 0 ? " (with byte-order mark)" : "");
    }

    private static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }

    private static Charset eightBit(Path file) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; !detector.isDone() && (n = in.read(buffer)) > 0; ) {
                detector.handleData(buffer, 0, n);
            }
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        // the detector may name UTF-8 or ASCII for a file that is neither throughout: the decoder has the last word
        if (name == null || name.startsWith("UTF") || name.equals("US-ASCII") || !Charset.isSupported(name)) {
            return WINDOWS_1252;
        }
        return Charset.forName(name);
    }

    public static CsvEncoding detect(byte[] head, int length) {
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
    public static char delimiter(String headerLine) {
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
