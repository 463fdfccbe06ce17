package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import dev.pms.task.ImportedTask;

/**
 * The characters of titles and descriptions one import writes, capped: a small workbook can name one long
 * shared string in every row, so the cap is on what is written, not on the file's size.
 */
public final class TextBudget {
    private final long max;
    private long written;

    public TextBudget(long max) {
        this.max = max;
    }

    public void add(ImportedTask task) {
        written += task.title().length() + (task.description() == null ? 0 : task.description().length());
        if (written > max) {
            throw new ImportFailure("Row " + task.sourceRow() + ": the import would write more than " + String.format("%,d", max)
                    + " characters of titles and descriptions, the most one import may; nothing was imported");
        }
    }
}
