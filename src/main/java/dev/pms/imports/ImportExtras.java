package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.ExtraColumns;
import dev.pms.imports.parse.RowSource;
import dev.pms.task.ImportedTask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one import run keeps of its rows besides their tasks' fields (DESIGN §12): reporters, second assignees and
 * watchers, comments, and (for an import by key) the rows' keys, so that updated tasks take the file's labels. Kept
 * while the COPY holds the connection, written after it in the same transaction by {@link ImportExtrasWriter}, in
 * batches. A file without such columns adds nothing here.
 * <p>
 * Comments, watchers and reporters go to the tasks the run created: a task an import by key updated was created by
 * an earlier import, which brought its comments and people along already.
 */
final class ImportExtras {
    /** A reporter or other people a row names who are no members, kept for the task's history. */
    record Originals(String reporter, List<String> others) {
    }

    /** A comment of a row: {@code author} null when the importing person writes it for someone who is no member. */
    record Comment(UUID author, String body) {
    }

    final RowValues<UUID> creators = new RowValues<>();
    final RowValues<UUID> watchers = new RowValues<>();
    final RowValues<Comment> comments = new RowValues<>();
    final RowValues<Originals> originals = new RowValues<>();
    final RowValues<String> keys = new RowValues<>();
    private final ExtraColumns columns;
    private final int assigneeColumn;
    private final ExtraPeople people;
    private final boolean relabel;
    private final long maxCommentChars;
    private long commentChars;
    private boolean skipClosed;
    private boolean skipPrivate;

    /** {@code people} may be null when the file names no people (no assignee, reporter, watcher or comment column). */
    ImportExtras(Columns columns, ExtraColumns extra, ExtraPeople people, long maxCommentChars) {
        this.columns = extra;
        this.assigneeColumn = columns.of(Columns.Field.ASSIGNEE);
        this.people = people;
        this.relabel = columns.of(Columns.Field.KEY) >= 0 && columns.of(Columns.Field.LABELS) >= 0;
        this.maxCommentChars = maxCommentChars;
    }

    ExtraColumns columns() {
        return columns;
    }

    /** Leaves out the rows the file marks archived or closed, or private: the user's choices in the preview. */
    ImportExtras skipping(boolean closed, boolean privateRows) {
        this.skipClosed = closed;
        this.skipPrivate = privateRows;
        return this;
    }

    /** Whether {@code row} is left out: an archived, closed or private row, when the user chose so. */
    boolean skips(RowSource.SourceRow row) {
        return skipClosed && columns.closed(row) || skipPrivate && columns.isPrivate(row);
    }

    /** Whether an import by key should give the tasks it updates the labels of their rows. */
    boolean relabels() {
        return relabel;
    }

    /** Keeps what {@code row}, imported as {@code task}, says besides the task's fields. */
    void add(RowSource.SourceRow row, ImportedTask task) {
        if (relabel && task.externalKey() != null) {
            keys.add(row.number(), task.externalKey());
        }
        if (people == null) {
            return; // the file names no people: nothing more to keep
        }
        String reporter = reporter(row);
        List<String> others = watchers(row, task.assigneeId());
        if (reporter != null || !others.isEmpty()) {
            originals.add(row.number(), new Originals(reporter, others));
        }
        for (int column : columns.comments()) {
            comment(row, row.cell(column));
        }
    }

    /** Makes a member who reported the row its task's creator; returns the name of one who is no member, else null. */
    private String reporter(RowSource.SourceRow row) {
        String name = columns.reporter() < 0 ? "" : row.cell(columns.reporter()).strip();
        if (name.isEmpty()) {
            return null;
        }
        UUID member = people.member(name);
        if (member == null) {
            return name;
        }
        creators.add(row.number(), member);
        return null;
    }

    /**
     * The people after the first of the assignee cell, and those of the Watchers columns: members watch the task,
     * the names of the others are returned.
     */
    private List<String> watchers(RowSource.SourceRow row, UUID assignee) {
        String cell = assigneeColumn < 0 ? "" : row.cell(assigneeColumn);
        if (columns.watchers().length == 0 && cell.indexOf(',') < 0 && cell.indexOf(';') < 0) {
            return List.of(); // one assignee at most, the common case: nothing to split
        }
        List<String> named = new ArrayList<>();
        if (assigneeColumn >= 0) {
            List<String> assignees = ExtraPeople.split(cell);
            named.addAll(assignees.subList(Math.min(1, assignees.size()), assignees.size()));
        }
        for (int column : columns.watchers()) {
            named.addAll(ExtraPeople.split(row.cell(column)));
        }
        Set<UUID> watching = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (String name : named) {
            UUID member = people.member(name);
            if (member == null) {
                others.add(name);
            } else if (!member.equals(assignee) && watching.add(member)) {
                watchers.add(row.number(), member);
            }
        }
        return List.copyOf(others);
    }

    private void comment(RowSource.SourceRow row, String cell) {
        ImportedComment parsed = ImportedComment.parse(cell);
        if (parsed == null) {
            return;
        }
        commentChars += parsed.text().length();
        if (commentChars > maxCommentChars) {
            throw new ImportFailure("Row " + row.number() + ": the import would write more than " + String.format("%,d", maxCommentChars)
                    + " characters of comments, the most one import may; nothing was imported");
        }
        UUID author = parsed.author() == null ? null : people.member(parsed.author());
        comments.add(row.number(), new Comment(author, parsed.body(author != null)));
    }
}
