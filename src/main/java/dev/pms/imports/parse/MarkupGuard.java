package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the markup of an XML part as it streams to the parser, because the JDK's parser buffers a whole
 * tag, comment, processing instruction or CDATA section before it reports it (only text arrives in chunks):
 * any of them longer than the limit ends the scan before the parser has built it. It also refuses a
 * document type declaration ({@code <!} and a letter) before the parser sees it, so no entity is ever declared.
 */
final class MarkupGuard extends FilterReader {
    private enum State { TEXT, OPEN, BANG, TAG, QUOTED, COMMENT, CDATA, PI }

    private final String part;
    private final long maxToken;
    private State state = State.TEXT;
    private char quote;
    private char previous;
    private char beforePrevious;
    private long token;
    private int line = 1;

    MarkupGuard(Reader in, String part, long maxToken) {
        super(in);
        this.part = part;
        this.maxToken = maxToken;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            step(buffer[i]);
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            step((char) c);
        }
        return c;
    }

    private void step(char c) {
        if (c == '\n') {
            line++;
        }
        if (state == State.TEXT) {
            if (c == '<') {
                state = State.OPEN;
                token = 1;
            }
        } else if (++token > maxToken) {
            throw new ImportFailure("The XLSX part " + part + " has a tag, comment or CDATA section longer than "
                    + String.format("%,d", maxToken) + " characters (line " + line + "); nothing was imported");
        } else {
            state = next(c);
        }
        beforePrevious = previous;
        previous = c;
    }

    private State next(char c) {
        return switch (state) {
            case OPEN -> c == '!' ? State.BANG : c == '?' ? State.PI : tag(c);
            case BANG -> bang(c);
            case TAG -> tag(c);
            case QUOTED -> c == quote ? State.TAG : State.QUOTED;
            case COMMENT -> ends(c, '-') ? State.TEXT : State.COMMENT;
            case CDATA -> ends(c, ']') ? State.TEXT : State.CDATA;
            case PI -> c == '>' && previous == '?' ? State.TEXT : State.PI;
            case TEXT -> State.TEXT;
        };
    }

    private State bang(char c) {
        if (Character.isLetter(c)) {
            throw new ImportFailure("The XLSX part " + part + " declares a DOCTYPE (line " + line + "), which no workbook "
                    + "needs and which can hide entity expansions; nothing was imported");
        }
        return c == '-' ? State.COMMENT : c == '[' ? State.CDATA : State.TAG;
    }

    private State tag(char c) {
        if (c == '"' || c == '\'') {
            quote = c;
            return State.QUOTED;
        }
        return c == '>' ? State.TEXT : State.TAG;
    }

    /** "-->" or "]]>", counting only characters inside the token (its opening "<!-" or "<![" has passed). */
    private boolean ends(char c, char twice) {
        return c == '>' && previous == twice && beforePrevious == twice && token > 4;
    }
}
