package dev.pms.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the distinct values of one column over a whole file in bounded memory: beyond {@link #MAX_DISTINCT}
 * values the column is free text (DESIGN §12); the values seen by then keep being counted.
 */
final class ValueTally {
    static final int MAX_DISTINCT = 10_000;
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, String> spelling = new HashMap<>();
    private boolean freeText;

    /** Counts {@code value} under {@code key} (how values are compared), keeping the first spelling met. */
    void add(String key, String value) {
        long[] count = counts.get(key);
        if (count != null) {
            count[0]++;
        } else if (counts.size() < MAX_DISTINCT) {
            counts.put(key, new long[]{1});
            spelling.put(key, value);
        } else {
            freeText = true;
        }
    }

    boolean freeText() {
        return freeText;
    }

    /** The values, most frequent first, as the file spells them, with their counts. */
    List<Map.Entry<String, Long>> values() {
        List<Map.Entry<String, Long>> all = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> all.add(Map.entry(spelling.get(key), count[0])));
        all.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return all;
    }
}
