package dev.pms.imports.parse;

import dev.pms.imports.ImportFailure;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows RFC 4180 quoting in the same pass as the parser, as FastCSV reads it: only a quote that opens a field
 * starts a quoted field; a {@code "} inside an unquoted field is text (as spreadsheets take it), counted so the
 * preview can warn of it. A quoted field that runs over more than {@link #MAX_QUOTED_LINES} lines has almost
 * surely lost its closing quote and would silently merge the rows after it: the import fails, naming the line
 * where the quote opened. A file that ends inside quotes has a field that is never closed.
 */
final class QuoteScan extends FilterReader {
    static final int MAX_QUOTED_LINES = 1_000;
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private State state = State.FIELD_START;
    private char separator = ',';
    private int line = 1;
    private int openSinceLine;
    private int strayQuotes;
    private int firstStrayLine;

    QuoteScan(Reader in) {
        super(in);
    }

    void separator(char separator) {
        this.separator = separator;
    }

    /** The line where a quoted field opened that has not been closed yet, or 0. */
    int openSinceLine() {
        return state == State.QUOTED ? openSinceLine : 0;
    }

    int strayQuotes() {
        return strayQuotes;
    }

    int firstStrayLine() {
        return firstStrayLine;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            step(buffer[i]);
        }
        return n;
    }

    private void step(char c) {
        if (c == '\n') {
            line++;
        }
        state = switch (state) {
            case FIELD_START, UNQUOTED -> unquoted(c);
            case QUOTED -> {
                if (c == '\n' && line - openSinceLine > MAX_QUOTED_LINES) {
                    throw new ImportFailure("Line " + openSinceLine + ": a quoted field runs over more than " + MAX_QUOTED_LINES
                            + " lines, so its closing \" is probably missing and the rows after it would become one cell; nothing was imported");
                }
                yield c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            }
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == separator || c == '\n' || c == '\r' ? State.FIELD_START : State.UNQUOTED;
        };
    }

    private State unquoted(char c) {
        if (c == separator || c == '\n' || c == '\r') {
            return State.FIELD_START;
        }
        if (c == '"') {
            if (state == State.FIELD_START) {
                openSinceLine = line;
                return State.QUOTED;
            }
            if (strayQuotes++ == 0) {
                firstStrayLine = line;
            }
        }
        return State.UNQUOTED;
    }
}
