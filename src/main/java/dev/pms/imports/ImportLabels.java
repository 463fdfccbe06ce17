package dev.pms.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The labels the rows of an import name (one Labels column, comma-separated names), kept while the COPY holds the
 * connection and handed over after it in batches: two entries per label of a row.
 */
final class ImportLabels {
    static final int MAX_NAME_LENGTH = 50;
    private static final int BATCH = 10_000;
    private int[] rows = new int[64];
    private final List<String> names = new ArrayList<>();

    /** Adds the labels of the cell at {@code row}; a name too long to be a label is an import failure, said in words. */
    void add(int row, String cell) {
        if (cell == null || cell.isBlank()) {
            return;
        }
        for (String part : cell.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw new ImportFailure("Row " + row + " names a label of more than " + MAX_NAME_LENGTH
                        + " characters, longer than a label may be; nothing was imported");
            }
            if (names.size() == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[names.size()] = row;
            names.add(name);
        }
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** Hands the (row, name) pairs over in batches. */
    void forEachBatch(BiConsumer<int[], String[]> batch) {
        for (int from = 0; from < names.size(); from += BATCH) {
            int to = Math.min(names.size(), from + BATCH);
            batch.accept(Arrays.copyOfRange(rows, from, to), names.subList(from, to).toArray(String[]::new));
        }
    }
}
