package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.Columns.Field;
import dev.pms.imports.parse.RowSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The parents and links the rows of an import name, kept while the COPY holds the connection and resolved after it
 * ({@link ImportRelationWriter}). Each row also keeps what other rows may call it by: its key, Jira's Issue id and
 * its title (Asana's Parent task names the parent). Exists only for a file with such columns: a file without them
 * pays nothing for this (see {@link #of}).
 */
final class ImportRelations {
    final List<Integer> rows = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    final List<String> sourceIds = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    final List<Integer> refRows = new ArrayList<>();
    final List<LinkCells.Kind> refKinds = new ArrayList<>();
    final List<String> refs = new ArrayList<>();
    final List<Field> refFields = new ArrayList<>();
    final List<RowError> warnings = new ArrayList<>();
    private final Columns columns;
    private final int key;
    private final int sourceId;
    private final int title;

    private ImportRelations(Columns columns) {
        this.columns = columns;
        this.key = columns.of(Field.KEY);
        this.sourceId = columns.of(Field.SOURCE_ID);
        this.title = columns.of(Field.TITLE);
    }

    /** Null when the file has no column that names other tasks. */
    static ImportRelations of(Columns columns) {
        boolean any = columns.of(Field.PARENT) >= 0 || columns.of(Field.LINKS) >= 0
                || columns.of(Field.BLOCKED_BY) >= 0 || columns.of(Field.BLOCKING) >= 0;
        return any ? new ImportRelations(columns) : null;
    }

    /** Keeps the names and references of a row that was copied. */
    void add(RowSource.SourceRow row) {
        int number = row.number();
        rows.add(number);
        keys.add(cell(row, key));
        sourceIds.add(cell(row, sourceId));
        titles.add(cell(row, title));
        String parent = LinkCells.ref(cell(row, columns.of(Field.PARENT)));
        if (parent != null) {
            add(number, Field.PARENT, new LinkCells.Ref(LinkCells.Kind.PARENT, parent, parent));
        }
        LinkCells.links(cell(row, columns.of(Field.LINKS))).forEach(ref -> add(number, Field.LINKS, ref));
        LinkCells.listed(cell(row, columns.of(Field.BLOCKED_BY)), LinkCells.Kind.BLOCKED_BY).forEach(ref -> add(number, Field.BLOCKED_BY, ref));
        LinkCells.listed(cell(row, columns.of(Field.BLOCKING)), LinkCells.Kind.BLOCKS).forEach(ref -> add(number, Field.BLOCKING, ref));
    }

    private void add(int row, Field field, LinkCells.Ref ref) {
        if (ref.kind() == null) {
            warn(row, field, ref.part(), "is not a link PMS understands (blocks, blocked by or relates to, then a task's key); left out");
        } else if (ref.ref().length() > LinkCells.MAX_REF_LENGTH) {
            warn(row, field, ref.part(), "is longer than " + LinkCells.MAX_REF_LENGTH + " characters, too long to name a task; left out");
        } else {
            refRows.add(row);
            refKinds.add(ref.kind());
            refs.add(ref.ref());
            refFields.add(field);
        }
    }

    void warn(int row, Field field, String value, String reason) {
        warnings.add(RowError.of(row, columns.name(field), value, reason));
    }

    Columns columns() {
        return columns;
    }

    private static String cell(RowSource.SourceRow row, int column) {
        if (column < 0) {
            return null;
        }
        String value = row.cell(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
