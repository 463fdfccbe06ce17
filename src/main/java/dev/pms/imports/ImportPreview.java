package dev.pms.imports;

import java.util.List;

/**
 * What an upload in PREVIEW shows before anything is written (DESIGN §12): the detected format, which column
 * maps to which field, the first rows as they would be imported, and per mapped column the distinct values
 * of the whole file with their counts and proposed mapping.
 *
 * @param encoding    the text encoding read (CSV), or "XLSX"
 * @param delimiter   the CSV field separator, null for XLSX
 * @param dateOrder   DAY_FIRST or MONTH_FIRST when the file's slashed dates tell, AMBIGUOUS when none of them does
 *                    (then the user must choose), null when it has none
 * @param keyColumn   the header of the column whose values identify tasks for a re-import, or null
 * @param keysKnown   rows whose key a task of the workspace already has: they update that task
 * @param closedColumn the header of the column that marks rows archived or closed (Trello's Archived), or null: the
 *                    mapping's closedRows says whether such rows become done tasks or are left out
 * @param privateColumn the header of the column that marks rows private (Redmine's Private), or null: the mapping's
 *                    privateRows says whether such rows are imported
 */
public record ImportPreview(String encoding, String delimiter, String dateOrder, List<Column> columns, List<Row> rows,
                            int rowsTotal, List<Values> values, String keyColumn, long keysKnown, List<String> warnings,
                            String closedColumn, String privateColumn) {

    public ImportPreview(String encoding, String delimiter, String dateOrder, List<Column> columns, List<Row> rows,
                         int rowsTotal, List<Values> values, String keyColumn, long keysKnown, List<String> warnings) {
        this(encoding, delimiter, dateOrder, columns, rows, rowsTotal, values, keyColumn, keysKnown, warnings, null, null);
    }

    /** A column of the file and the field it maps to; null: the import ignores it. */
    public record Column(String header, String field) {
    }

    /** One of the first rows, as it would be imported with the proposed mapping. */
    public record Row(int row, String key, String title, String project, String status, String priority, String assignee,
                      String due) {
    }

    /** The distinct values of one mapped column; beyond the bound the column is free text and not listed in full. */
    public record Values(String field, String header, boolean freeText, List<Value> values) {
    }

    /** A value, how many rows hold it, and what it becomes: a choice such as "new", "unassigned", a project or member id, or a status. */
    public record Value(String value, long count, String proposal, String label) {
    }

    /** Rows whose key is not yet a task's: they add tasks. */
    public long keysNew() {
        return keyColumn == null ? rowsTotal : rowsTotal - keysKnown;
    }
}
