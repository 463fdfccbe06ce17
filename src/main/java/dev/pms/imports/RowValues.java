package dev.pms.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Values kept by source row while the COPY holds the connection, handed over after it in batches: an int per entry
 * besides the value itself.
 */
final class RowValues<T> {
    private static final int BATCH = 10_000;
    private int[] rows = new int[16];
    private final List<T> values = new ArrayList<>();

    void add(int row, T value) {
        if (values.size() == rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[values.size()] = row;
        values.add(value);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    void forEachBatch(BiConsumer<int[], List<T>> batch) {
        for (int from = 0; from < values.size(); from += BATCH) {
            int to = Math.min(values.size(), from + BATCH);
            batch.accept(Arrays.copyOfRange(rows, from, to), values.subList(from, to));
        }
    }
}
