package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What every XML part of a workbook must respect while it is scanned: a bounded nesting depth and no text
 * longer than a cell may be (the parser hands text over in chunks, so it is counted, never built). The
 * scans of particular parts add their rules in {@link #start}, {@link #text} and {@link #end}.
 */
class PartHandler extends DefaultHandler {
    private static final int MAX_DEPTH = 64;
    final String part;
    private final long maxText;
    private Locator locator;
    private int depth;
    private long text;

    PartHandler(String part, long maxText) {
        this.part = part;
        this.maxText = maxText;
    }

    void start(String name, Attributes attributes) {
    }

    void text(char[] chars, int start, int length) {
    }

    void end(String name) {
    }

    @Override
    public final void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public final void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (++depth > MAX_DEPTH) {
            throw failure("nests elements more than " + MAX_DEPTH + " deep");
        }
        text = 0;
        start(localName, attributes);
    }

    @Override
    public final void characters(char[] chars, int start, int length) {
        text(chars, start, length);
        text += length;
        if (text > maxText) {
            throw failure("has a text longer than " + String.format("%,d", maxText) + " characters");
        }
    }

    @Override
    public final void endElement(String uri, String localName, String qName) {
        depth--;
        text = 0;
        end(localName);
    }

    /** "The XLSX part xl/x.xml {what} (line n); nothing was imported". */
    final ImportFailure failure(String what) {
        String line = locator == null ? "" : " (line " + locator.getLineNumber() + ")";
        return new ImportFailure("The XLSX part " + part + " " + what + line + "; nothing was imported");
    }
}
