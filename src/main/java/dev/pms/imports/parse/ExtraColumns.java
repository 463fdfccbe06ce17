package dev.pms.imports.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns of a file beyond a task's own fields that an import keeps (DESIGN §12): every Labels column (Jira
 * repeats the header once per label), the reporter, every Comment and Watchers column, and a closed/archived flag.
 * Headers match as {@link Columns} matches them; a file without these columns has all of them empty and pays nothing.
 */
public record ExtraColumns(int[] labels, int reporter, int[] comments, int[] watchers, int closed, int privateFlag) {
    // the earliest alias wins: Jira exports Reporter and Creator, and its reporter is who asked for the work
    private static final List<String> REPORTER = List.of("reporter", "creator", "author", "createdby", "autor",
            "ersteller", "auteur", "créateur", "createur", "rapporteur", "creador", "informador");
    private static final Set<String> COMMENT = Set.of("comment", "comments", "kommentar", "kommentare", "commentaire",
            "commentaires", "comentario", "comentarios");
    private static final Set<String> WATCHERS = Set.of("watchers", "watcher", "beobachter", "observateurs", "observadores");
    // Trello's Archived (true/false) and Closed; Linear's Archived and Redmine's Closed hold dates, read the same way
    private static final Set<String> CLOSED = Set.of("archived", "closed");
    // Redmine's Private (Yes/No), and its German, French and Spanish exports
    private static final List<String> PRIVATE = List.of("private", "privat", "privé", "prive", "privado", "privada");

    public static ExtraColumns of(Columns columns) {
        List<String> names = columns.names().stream().map(Columns::normalize).toList();
        int labels = columns.of(Columns.Field.LABELS);
        int reporter = -1;
        for (int i = 0; i < REPORTER.size() && reporter < 0; i++) {
            reporter = free(columns, names.indexOf(REPORTER.get(i)));
        }
        int completed = columns.of(Columns.Field.COMPLETED);
        int closed = completed >= 0 && CLOSED.contains(names.get(completed)) ? completed : -1;
        int privateFlag = -1;
        for (int i = 0; i < PRIVATE.size() && privateFlag < 0; i++) {
            privateFlag = free(columns, names.indexOf(PRIVATE.get(i)));
        }
        return new ExtraColumns(labels < 0 ? new int[0] : matching(columns, names, Set.of(names.get(labels))), reporter,
                matching(columns, names, COMMENT), matching(columns, names, WATCHERS), closed, privateFlag);
    }

    /** Whether the rows carry anything for a task's comments, watchers or reporter (labels have their own path). */
    public boolean keepsPeopleOrComments() {
        return reporter >= 0 || comments.length > 0 || watchers.length > 0;
    }

    /** What an extra column holds, as the preview names it (LABELS, REPORTER, COMMENT, WATCHERS), or null. */
    public String fieldAt(int column) {
        if (column == reporter) {
            return "REPORTER";
        }
        for (int[] of : new int[][]{labels, comments, watchers}) {
            for (int at : of) {
                if (at == column) {
                    return of == labels ? "LABELS" : of == comments ? "COMMENT" : "WATCHERS";
                }
            }
        }
        return null;
    }

    /** Whether a row says its card or issue is archived or closed ("true", a date). */
    public boolean closed(RowSource.SourceRow row) {
        return closed >= 0 && Words.completed(row.cell(closed));
    }

    /** Whether a row says its issue is private (Redmine's "Yes"). */
    public boolean isPrivate(RowSource.SourceRow row) {
        return privateFlag >= 0 && Words.completed(row.cell(privateFlag));
    }

    /** The labels of a row: the cells of every Labels column, joined as one comma-separated cell. */
    public String labelsOf(RowSource.SourceRow row) {
        if (labels.length == 1) {
            return row.cell(labels[0]);
        }
        List<String> cells = new ArrayList<>(labels.length);
        for (int column : labels) {
            String cell = row.cell(column);
            if (!cell.isBlank()) {
                cells.add(cell);
            }
        }
        return String.join(",", cells);
    }

    private static int[] matching(Columns columns, List<String> names, Set<String> wanted) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(names.get(i)) && (columns.fieldAt(i) == null || columns.fieldAt(i) == Columns.Field.LABELS)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A column a task field already reads is not read again as an extra. */
    private static int free(Columns columns, int at) {
        return at >= 0 && columns.fieldAt(at) == null ? at : -1;
    }
}
