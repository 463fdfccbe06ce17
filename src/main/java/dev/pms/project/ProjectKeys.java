package dev.pms.project;

import dev.pms.platform.web.ProblemException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a project key: 2 to 10 letters A–Z, stored in capitals. A new project's key is the first three
 * letters of its name (accents dropped, X filling a name with fewer than two), with a letter suffix (A, B, ... Z,
 * AA, ...) when the workspace already has that key, as migration V120 derived the keys of existing projects.
 */
public final class ProjectKeys {
    public static final Pattern VALID = Pattern.compile("[A-Z]{2,10}");
    private static final int BASE_LETTERS = 3;

    private ProjectKeys() {
    }

    /** The key typed by a person, in capitals; a clear 400 when it is not 2 to 10 letters. */
    public static String typed(String key) {
        String upper = key.strip().toUpperCase(Locale.ROOT);
        if (!VALID.matcher(upper).matches()) {
            throw ProblemException.invalid("key", "must be 2 to 10 letters A to Z, like WEB");
        }
        return upper;
    }

    /** The letters a new project's key starts from. */
    static String base(String name) {
        String letters = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        String base = letters.substring(0, Math.min(BASE_LETTERS, letters.length()));
        return base.length() >= 2 ? base : (base + "XX").substring(0, 2);
    }

    /** The first of base, base+A, base+B, ... that {@code taken} does not hold. */
    static String free(String base, Set<String> taken) {
        for (long n = 0; ; n++) {
            String candidate = base + suffix(n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** 0 → "", 1 → "A", 26 → "Z", 27 → "AA" (bijective base 26). */
    static String suffix(long n) {
        return n <= 0 ? "" : suffix((n - 1) / 26) + (char) ('A' + (n - 1) % 26);
    }
}
