package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;

import org.xml.sax.Attributes;

/**
 * Scans the shared-string table before the reader opens it: the reader keeps every entry it reads until
 * the import ends, so the number of entries and their characters are bounded (see {@link ImportProperties}).
 */
final class SharedStringScan extends PartHandler {
    private final int maxEntries;
    private final long maxEntryChars;
    private final long maxTotalChars;
    private int entries;
    private boolean inEntry;
    private long entryChars;
    private long totalChars;

    SharedStringScan(String part, ImportProperties limits) {
        super(part, limits.maxCellChars());
        this.maxEntries = limits.maxSharedStrings();
        this.maxEntryChars = limits.maxCellChars();
        this.maxTotalChars = limits.maxSharedStringChars();
    }

    int entries() {
        return entries;
    }

    @Override
    void start(String name, Attributes attributes) {
        if (name.equals("si")) {
            if (++entries > maxEntries) {
                throw new ImportFailure("The workbook's shared-string table has more than " + String.format("%,d", maxEntries)
                        + " entries, more than an XLSX import can hold; save the sheet as CSV and import that; nothing was imported");
            }
            inEntry = true;
            entryChars = 0;
        }
    }

    @Override
    void text(char[] chars, int start, int length) {
        if (!inEntry) {
            return;
        }
        entryChars += length;
        totalChars += length;
        if (entryChars > maxEntryChars) {
            throw new ImportFailure("Shared string " + (entries - 1) + " of the workbook is longer than "
                    + String.format("%,d", maxEntryChars) + " characters, the most a cell may hold; nothing was imported");
        }
        if (totalChars > maxTotalChars) {
            throw new ImportFailure("The workbook's shared-string table holds more than " + String.format("%,d", maxTotalChars)
                    + " characters, more than an XLSX import can hold; save the sheet as CSV and import that; nothing was imported");
        }
    }

    @Override
    void end(String name) {
        if (name.equals("si")) {
            inEntry = false;
        }
    }
}
