package dev.pms.platform.jdbc;

import dev.pms.platform.web.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The position after the last row of a keyset page: the sort key's values, opaque to clients.
 * Values are kept as text and typed again by the query that reads them.
 */
public record Cursor(List<String> values) {
    private static final String SEPARATOR = "\u001f";

    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, int expectedValues) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split(SEPARATOR, -1));
            if (values.size() != expectedValues) {
                throw new IllegalArgumentException("wrong arity");
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    public String get(int index) {
        return values.get(index);
    }

    /** The value at {@code index} as the id it must be; a tampered cursor is a bad request, not an error. */
    public UUID uuid(int index) {
        try {
            return UUID.fromString(values.get(index));
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    /** The value at {@code index} as the instant it must be (a time-ordered list's key); a tampered one is a bad request. */
    public Instant instant(int index) {
        try {
            return Instant.parse(values.get(index));
        } catch (DateTimeParseException e) {
            throw notACursor();
        }
    }

    private static ProblemException notACursor() {
        return ProblemException.invalid("cursor", "not a cursor this list handed out");
    }
}
