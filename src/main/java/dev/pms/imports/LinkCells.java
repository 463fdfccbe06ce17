package dev.pms.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells that name other tasks: a parent ("WEB-12", Redmine's "#102"), our export's Links ("blocks WEB-3;
 * relates to WEB-5"), Redmine's Related issues ("Related to #102, Blocks #103, Blocked by #104") and Asana's
 * dependency columns (task ids, comma-separated).
 */
final class LinkCells {
    static final int MAX_REF_LENGTH = 200;

    /** How a row's task relates to the task a reference names. */
    enum Kind { PARENT, BLOCKS, BLOCKED_BY, RELATES }

    /** One named task; {@code kind} null when the part was not understood. */
    record Ref(Kind kind, String ref, String part) {
    }

    /** Redmine's words besides ours: what precedes another must end first, as a blocker; duplicates and copies relate. */
    private static final List<Phrase> PHRASES = List.of(new Phrase("blocked by", Kind.BLOCKED_BY), new Phrase("blocks", Kind.BLOCKS),
            new Phrase("relates to", Kind.RELATES), new Phrase("related to", Kind.RELATES), new Phrase("precedes", Kind.BLOCKS),
            new Phrase("follows", Kind.BLOCKED_BY), new Phrase("duplicated by", Kind.RELATES), new Phrase("duplicates", Kind.RELATES),
            new Phrase("copied to", Kind.RELATES), new Phrase("copied from", Kind.RELATES));

    private record Phrase(String words, Kind kind) {
    }

    private LinkCells() {
    }

    /** Redmine may name an issue with its tracker and subject: "Feature #102: Add dark mode". */
    private static final Pattern REDMINE_ISSUE = Pattern.compile("^[\\p{L}\\p{N} _-]*#(\\d{1,18})(?::.*)?$", Pattern.DOTALL);

    /** A reference as a file writes it, without Redmine's '#' (and tracker and subject); null when the cell is empty. */
    static String ref(String cell) {
        String ref = cell == null ? "" : cell.strip();
        Matcher redmine = REDMINE_ISSUE.matcher(ref);
        if (redmine.matches()) {
            return redmine.group(1);
        }
        if (ref.startsWith("#")) {
            ref = ref.substring(1).strip();
        }
        return ref.isEmpty() ? null : ref;
    }

    /** The parts of a Links or Related issues cell, each a kind and a reference, separated by ';' or ','. */
    static List<Ref> links(String cell) {
        List<Ref> refs = new ArrayList<>();
        for (String part : parts(cell, "[;,]")) {
            refs.add(link(part));
        }
        return refs;
    }

    /** The references of a cell that lists tasks of one kind (Asana's dependencies). */
    static List<Ref> listed(String cell, Kind kind) {
        List<Ref> refs = new ArrayList<>();
        for (String part : parts(cell, "[;,]")) {
            refs.add(new Ref(kind, ref(part), part));
        }
        return refs;
    }

    private static Ref link(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (Phrase phrase : PHRASES) {
            if (lower.startsWith(phrase.words()) && lower.length() > phrase.words().length()
                    && Character.isWhitespace(lower.charAt(phrase.words().length()))) {
                String ref = ref(part.substring(phrase.words().length()));
                return new Ref(ref == null ? null : phrase.kind(), ref, part);
            }
        }
        return new Ref(null, null, part);
    }

    private static List<String> parts(String cell, String separators) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(separators)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
