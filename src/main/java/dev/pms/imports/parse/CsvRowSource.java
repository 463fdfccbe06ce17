package dev.pms.imports.parse;

import dev.pms.imports.ImportFailure;

import dev.pms.imports.ImportProperties;
import dev.pms.platform.SpreadsheetText;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Streams a CSV file with FastCSV: encoding from the byte-order mark, separator from the header line,
 * RFC 4180 quotes (fields with separators, quotes and line breaks). Undecodable bytes fail the import
 * rather than turning into replacement characters in people's tasks.
 */
public final class CsvRowSource implements RowSource {
    /** Room beyond the longest cell for the parser's buffer, which also holds the rest of what it read. */
    private static final int BUFFER_SLACK = 1 << 16;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final int headerFields;
    private final CountingInputStream counted;
    private final ImportProperties limits;
    private final CsvEncoding encoding;
    private final char separator;
    private QuoteScan quotes;
    private int row = 1;

    public CsvRowSource(Path file, ImportProperties limits) {
        this.limits = limits;
        try {
            this.encoding = CsvEncoding.detect(file);
            this.counted = new CountingInputStream(Files.newInputStream(file));
            this.quotes = new QuoteScan(open(counted, encoding));
            BufferedReader text = new BufferedReader(quotes, 1 << 16);
            text.mark(1 << 16);
            String first = firstLine(text);
            this.separator = CsvEncoding.delimiter(first);
            quotes.separator(separator);
            text.reset();
            // every limit holds while the file streams: the buffer stops at a cell's size, the handler at a row's
            this.reader = CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').skipEmptyLines(true)
                    .allowMissingFields(true).allowExtraFields(true).maxBufferSize(limits.maxCellChars() + BUFFER_SLACK)
                    .build(CsvRecordHandler.builder().maxFields(limits.maxColumns()).maxFieldSize(limits.maxCellChars())
                            .maxRecordSize(Math.max(limits.maxRowChars(), limits.maxCellChars())).build(), text);
            this.records = reader.iterator();
            CsvRecord headerRecord = nextRecord();
            if (headerRecord == null) {
                throw new ImportFailure("The file is empty: it has no header row");
            }
            this.header = RowSource.checkHeader(headerRecord.getFields(), limits.maxHeaderChars());
            this.headerFields = header.size();
        } catch (CharacterCodingException e) {
            throw notText(1, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encoding the file was read in, as the preview shows it. */
    public CsvEncoding encoding() {
        return encoding;
    }

    public char separator() {
        return separator;
    }

    @Override
    public List<String> warnings() {
        int stray = quotes.strayQuotes();
        return stray == 0 ? List.of() : List.of(String.format("Line %d%s: a \" inside a cell that does not start with one is taken "
                + "as text, as spreadsheets do", quotes.firstStrayLine(), stray > 1 ? " and " + (stray - 1) + " more" : ""));
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long bytesRead() {
        return counted.count;
    }

    @Override
    public SourceRow next() {
        CsvRecord record;
        while ((record = nextRecord()) != null) {
            // the file's own line number, which a text editor shows (a spreadsheet's row number when no cell holds a line break)
            row = Math.toIntExact(record.getStartingLineNumber());
            String[] cells = record.getFields().toArray(String[]::new);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = SpreadsheetText.restore(cells[i]); // undoes the formula guard of CSV exports, ours included
            }
            if (!SourceRow.blank(cells)) {
                return new SourceRow(row, cells);
            }
        }
        if (quotes.openSinceLine() > 0) {
            throw new ImportFailure("Line " + quotes.openSinceLine() + ": a quoted field is never closed (unbalanced \" quote), "
                    + "so the rest of the file would become one cell; nothing was imported");
        }
        return null;
    }

    private CsvRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            throw new ImportFailure("Row " + (row + 1) + ": " + describe(e), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw notText(row + 1, coding);
            }
            throw e;
        }
    }

    private ImportFailure notText(int row, CharacterCodingException e) {
        return new ImportFailure("Row " + row + ": the file is not valid " + (encoding == null ? "UTF-8" : encoding.charset().name())
                + " text. Save it as \"CSV UTF-8\" (or UTF-16 with a byte-order mark) and upload it again", e);
    }

    /** FastCSV's English messages, turned into ours (its limit messages speak of field indexes and buffers). */
    private String describe(CsvParseException e) {
        String cause = e.getCause() == null ? "" : e.getCause().getMessage();
        String message = e.getMessage() + (cause == null || cause.isEmpty() ? "" : ": " + cause);
        if (message.contains("max field size") || message.contains("maximum buffer size")) {
            return "a cell is longer than " + String.format("%,d", limits.maxCellChars()) + " characters; nothing was imported";
        }
        if (message.contains("max record size")) {
            return "the row is longer than " + String.format("%,d", limits.maxRowChars()) + " characters; nothing was imported";
        }
        return message.contains("fields") && message.contains("maximum")
                ? "too many columns (" + message + ")" : "the CSV is malformed (" + message + ")";
    }

    private static BufferedReader open(InputStream in, CsvEncoding encoding) throws IOException {
        in.skipNBytes(encoding.bomLength());
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static String firstLine(BufferedReader text) throws IOException {
        char[] buffer = new char[1 << 15];
        int read = text.read(buffer);
        if (read <= 0) {
            return "";
        }
        String head = new String(buffer, 0, read);
        int end = head.indexOf('\n');
        return end < 0 ? head : head.substring(0, end);
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // a read-only temporary file
        }
    }
}
