package dev.pms.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people an import run assigned as unassigned, by row, kept while the COPY holds the connection and saved
 * after it: each distinct name once, and two ints per row, so a million such rows take 8 MB.
 */
final class OriginalPeople {
    private static final int BATCH = 10_000;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] rows = new int[64];
    private int[] nameOf = new int[64];
    private int size;

    void add(int row, String name) {
        int at = index.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            nameOf = Arrays.copyOf(nameOf, size * 2);
        }
        rows[size] = row;
        nameOf[size++] = at;
    }

    void save(ImportRepository imports, UUID workspaceId, UUID importId) {
        for (int from = 0; from < size; from += BATCH) {
            List<Integer> batchRows = new ArrayList<>();
            List<String> batchNames = new ArrayList<>();
            for (int i = from; i < Math.min(size, from + BATCH); i++) {
                batchRows.add(rows[i]);
                batchNames.add(names.get(nameOf[i]));
            }
            imports.originalPeople(workspaceId, importId, batchRows, batchNames);
        }
    }
}
