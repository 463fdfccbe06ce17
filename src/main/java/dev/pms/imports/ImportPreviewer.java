package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.ExtraColumns;
import dev.pms.imports.parse.Columns.Field;
import dev.pms.imports.parse.CsvRowSource;
import dev.pms.imports.parse.DueDates;
import dev.pms.imports.parse.Lookups;
import dev.pms.imports.parse.RowMapping;
import dev.pms.imports.parse.RowSource;
import dev.pms.jobs.JobLease;
import dev.pms.task.TaskQueries;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the preview of an upload in one streaming pass over the stored file: memory is bounded by the
 * number of distinct values kept per column ({@link ValueTally}), the first rows, and one batch of keys,
 * whatever the file's size. Proposals come from {@link MappingProposals}.
 */
@Component
class ImportPreviewer {
    static final int SAMPLE_ROWS = 20;
    private static final int KEY_BATCH = 5_000;
    private static final int SPELLINGS_KEPT = 1_024;
    private static final Field[] TALLIED = {Field.PROJECT, Field.STATUS, Field.PRIORITY, Field.ASSIGNEE};
    private final Lookups.Loader lookups;
    private final TaskQueries tasks;
    private final ImportProperties properties;
    private final MappingProposals proposals;
    private final ImportTemplates templates;

    ImportPreviewer(Lookups.Loader lookups, TaskQueries tasks, ImportProperties properties, MappingProposals proposals,
                    ImportTemplates templates) {
        this.templates = templates;
        this.lookups = lookups;
        this.tasks = tasks;
        this.properties = properties;
        this.proposals = proposals;
    }

    ImportPreview preview(ImportRepository.Work work, WorkspaceAccess access, Path file, JobLease lease) {
        Import view = work.view();
        try (RowSource source = RowSources.open(file, view.format(), properties, work.rowLimit())) {
            Columns columns = Columns.of(source.header());
            Pass pass = new Pass(columns, access, work.rowLimit(), lease);
            for (RowSource.SourceRow row; (row = source.next()) != null; ) {
                pass.add(row);
            }
            pass.flushKeys();
            if (pass.total == 0) {
                throw new ImportFailure("The file has a header but no rows to import");
            }
            String dateOrder = work.dateFormat() == null ? pass.dates.order() : null;
            MappingProposals.Proposed proposed = proposals.propose(access, columns, lookups.load(access, columns), pass.tallies,
                    view.projectId(), templates.apply(access, columns.shapeKey()));
            List<String> warnings = new ArrayList<>(pass.dates.warnings());
            warnings.addAll(source.warnings());
            String encoding = source instanceof CsvRowSource csv ? csv.encoding().name() : "XLSX";
            String delimiter = source instanceof CsvRowSource csv ? delimiterName(csv.separator()) : null;
            return new ImportPreview(encoding, delimiter, dateOrder, columnsOf(columns),
                    proposed.sample(pass.sample, new DueDates(work.dateFormat(), view.format() == ImportFormat.XLSX,
                            dateOrder == null || dateOrder.equals("AMBIGUOUS") ? null : DueDates.Order.valueOf(dateOrder), source.date1904())),
                    pass.total, proposed.values(), columns.of(Field.KEY) < 0 ? null : columns.name(Field.KEY), pass.keysKnown, warnings,
                    header(columns, ExtraColumns.of(columns).closed()), header(columns, ExtraColumns.of(columns).privateFlag()));
        }
    }

    private static String header(Columns columns, int column) {
        return column < 0 ? null : columns.names().get(column).strip();
    }

    private static List<ImportPreview.Column> columnsOf(Columns columns) {
        List<ImportPreview.Column> all = new ArrayList<>();
        ExtraColumns extras = ExtraColumns.of(columns);
        for (int i = 0; i < columns.names().size(); i++) {
            Field field = columns.fieldAt(i);
            all.add(new ImportPreview.Column(columns.names().get(i), field == null ? extras.fieldAt(i) : field.name()));
        }
        return all;
    }

    private static String delimiterName(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "comma";
        };
    }

    /** The state of the one pass. */
    private final class Pass {
        private final Columns columns;
        private final WorkspaceAccess access;
        private final int rowLimit;
        private final JobLease lease;
        private final Map<Field, ValueTally> tallies = new EnumMap<>(Field.class);
        // per tallied column, as arrays: iterating the EnumMap allocated an entry per column and row
        private final Field[] tallied;
        private final int[] talliedColumns;
        private final ValueTally[] talliedTallies;
        private final List<Map<String, String>> keysOfSpellings = new ArrayList<>();
        private final DateVotes dates = new DateVotes();
        private final List<RowSource.SourceRow> sample = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private int total;
        private long keysKnown;

        Pass(Columns columns, WorkspaceAccess access, int rowLimit, JobLease lease) {
            this.columns = columns;
            this.access = access;
            this.rowLimit = rowLimit;
            this.lease = lease;
            for (Field field : TALLIED) {
                if (columns.of(field) >= 0) {
                    tallies.put(field, new ValueTally());
                }
            }
            tallied = tallies.keySet().toArray(Field[]::new);
            talliedColumns = new int[tallied.length];
            talliedTallies = new ValueTally[tallied.length];
            for (int i = 0; i < tallied.length; i++) {
                talliedColumns[i] = columns.of(tallied[i]);
                talliedTallies[i] = tallies.get(tallied[i]);
                keysOfSpellings.add(new HashMap<>());
            }
        }

        void add(RowSource.SourceRow row) {
            if (++total > rowLimit) {
                throw new ImportFailure("The file has more than " + rowLimit + " rows, the limit; nothing was imported");
            }
            for (int i = 0; i < tallied.length; i++) {
                String value = row.cell(talliedColumns[i]).strip();
                String shown = tallied[i] == Field.ASSIGNEE ? RowMapping.firstPerson(value) : value;
                if (!shown.isEmpty()) {
                    talliedTallies[i].add(keyOf(i, shown), shown);
                }
            }
            dates.add(row.cell(columns.of(Field.DUE_DATE)));
            if (sample.size() < SAMPLE_ROWS) {
                sample.add(row);
            }
            String key = row.cell(columns.of(Field.KEY)).strip();
            if (!key.isEmpty()) {
                keys.add(key);
                if (keys.size() == KEY_BATCH) {
                    flushKeys();
                }
            }
            if (total % 4096 == 0) {
                lease.ensureHeld();
                lease.progressed();
            }
        }

        /**
         * How a spelling is compared: files repeat a few spellings a million times, so each one's key is computed once
         * (up to {@link #SPELLINGS_KEPT} per column; beyond, a column of free text is keyed as it comes).
         */
        private String keyOf(int column, String shown) {
            Map<String, String> known = keysOfSpellings.get(column);
            String key = known.get(shown);
            if (key == null) {
                Field field = tallied[column];
                key = field == Field.STATUS || field == Field.PRIORITY ? Columns.normalize(shown) : RowMapping.key(shown);
                if (known.size() < SPELLINGS_KEPT) {
                    known.put(shown, key);
                }
            }
            return key;
        }

        void flushKeys() {
            if (!keys.isEmpty()) {
                keysKnown += tasks.countKnownKeys(access, keys);
                keys.clear();
            }
        }
    }
}
