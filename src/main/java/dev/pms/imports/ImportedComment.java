package dev.pms.imports;

/**
 * One comment cell of an export. Jira writes each comment as "date;author;text" ("12/Mar/24 9:20 AM;bob;Let's use
 * the runners we have"), the text possibly holding more semicolons; a cell without that shape is all text.
 * The original author and date stay in the comment's text: its date in PMS is the day of the import.
 */
record ImportedComment(String date, String author, String text) {
    /** Leaves room for the line naming author and date within a comment's 100,000 characters. */
    static final int MAX_TEXT = 99_000;

    /** The comment of a cell, or null when the cell holds none. */
    static ImportedComment parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        int first = cell.indexOf(';');
        int second = first < 0 ? -1 : cell.indexOf(';', first + 1);
        if (second < 0 || first == 0 || second == first + 1) {
            return new ImportedComment(null, null, cut(cell.strip()));
        }
        String text = cell.substring(second + 1).strip();
        return text.isEmpty() ? null : new ImportedComment(cell.substring(0, first).strip(), cell.substring(first + 1, second).strip(), cut(text));
    }

    /**
     * The Markdown body: a first line that keeps the date, and the author unless the comment is the member's own
     * (then the comment's author says it), then the text as written.
     */
    String body(boolean byMember) {
        if (date == null) {
            return text;
        }
        String said = byMember ? "_Written on " + escaped(date) + " (imported)_"
                : "_Written by " + escaped(author) + " on " + escaped(date) + " (imported; not a member)_";
        return said + "\n\n" + text;
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    /** Names and dates are text, not Markdown: a '_' or '*' in them must not end the emphasis early. */
    private static String escaped(String value) {
        return value.replaceAll("([\\\\`*_\\[\\]()#+!<>|~-])", "\\\\$1");
    }
}
