package dev.pms.platform.jdbc;

import java.util.List;
import java.util.function.Function;

/** One keyset page: the items and the opaque cursor of the next page (null on the last one). */
public record Page<T>(List<T> items, String nextCursor) {

    /** Builds a page from {@code limit + 1} fetched rows: the extra row only tells that there is a next page. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.getLast()).encode());
    }
}
