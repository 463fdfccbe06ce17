package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.RowSource;
import dev.pms.imports.parse.TaskRowReader;
import dev.pms.imports.parse.TextBudget;


import dev.pms.jobs.JobLease;
import dev.pms.platform.db.Background;
import dev.pms.task.TaskCopy;
import dev.pms.label.LabelService;
import dev.pms.platform.web.ProblemException;
import dev.pms.task.TaskService;
import dev.pms.workspace.WorkspaceAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Parse → map → validate → COPY, in one transaction that also completes the job while it still holds
 * the lease: the tasks, the counts, the error report and the job's end commit together or not at all.
 * A file-level problem or a strict import with bad rows rolls the COPY back and records the failure
 * in a second transaction, under the same lease check.
 */
@Component
class ImportPipeline {
    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);
    private static final int CHECK_EVERY_ROWS = 4096;
    private static final long PROGRESS_EVERY_MILLIS = 500;
    private final ImportRepository imports;
    private final TaskService tasks;
    private final ImportReaders readers;
    private final ImportOutcomes outcomes;
    private final TransactionTemplate tx;
    private final TransactionTemplate separateTx;
    private final LabelService labelService;
    private final ImportRelationWriter relationWriter;
    private final ImportExtrasWriter extrasWriter;

    ImportPipeline(ImportRepository imports, TaskService tasks, ImportReaders readers, ImportOutcomes outcomes,
                   PlatformTransactionManager transactions, LabelService labelService, ImportRelationWriter relationWriter,
                   ImportExtrasWriter extrasWriter) {
        this.imports = imports;
        this.relationWriter = relationWriter;
        this.labelService = labelService;
        this.extrasWriter = extrasWriter;
        this.tasks = tasks;
        this.readers = readers;
        this.outcomes = outcomes;
        this.tx = new TransactionTemplate(transactions);
        this.separateTx = new TransactionTemplate(transactions);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a run found out; thrown to roll the COPY back when a strict import has invalid rows. */
    static final class Rejected extends RuntimeException {
        final ImportRepository.Counts counts;
        final List<RowError> errors;

        Rejected(ImportRepository.Counts counts, List<RowError> errors) {
            super(counts.rejected() + " of " + counts.total() + " rows are invalid; in strict mode nothing was imported");
            this.counts = counts;
            this.errors = errors;
        }
    }

    void run(ImportRepository.Work work, WorkspaceAccess access, Path file, JobLease lease) {
        long start = System.nanoTime();
        Run run = new Run(work, access, lease);
        try {
            ImportRepository.Counts counts = tx.execute(s -> run.copy(file));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            outcomes.succeeded(run.ended, counts, took);
            log.info("Import {} succeeded: {} rows, {} inserted, {} rejected, {} left out in {} ms (COPY ended after {} ms)",
                    work.view().id(), counts.total(), counts.inserted(), counts.rejected(), run.left, took.toMillis(),
                    (run.copyEnded - start) / 1_000_000);
            tidyAfter(run.taskCopy);
        } catch (Rejected e) {
            fail(work, lease, e.counts, e.errors, e.getMessage());
        } catch (ImportFailure e) {
            fail(work, lease, new ImportRepository.Counts(run.total, 0, 0), List.of(), e.getMessage());
        }
    }

    /** The import has committed; what is tidied here only makes later searches faster, so a failure is logged. */
    private void tidyAfter(TaskCopy copy) {
        try {
            tasks.tidyAfterCopy(copy);
        } catch (RuntimeException e) {
            log.warn("Could not tidy the search index after an import: {}", e.getMessage());
        }
    }

    void fail(ImportRepository.Work work, JobLease lease, ImportRepository.Counts counts, List<RowError> errors, String why) {
        outcomes.failed(work, lease, counts, errors, why);
    }

    /** The state of one pass over a file. */
    private final class Run {
        private final ImportRepository.Work work;
        private final WorkspaceAccess access;
        private final JobLease lease;
        private final List<RowError> errors = new ArrayList<>();
        private int total;
        private int rejected;
        private long lastProgress; // zero: the first checkpoint shows progress at once
        private long copyEnded;
        private TaskCopy taskCopy;
        private Import ended;
        private final OriginalPeople originals = new OriginalPeople();
        private final ImportLabels labels = new ImportLabels();
        private int labelsColumn = -1;
        private ImportExtras extras;
        private int left;
        private ImportRelations relations; // null for a file that names no parents or links: it pays nothing for them

        Run(ImportRepository.Work work, WorkspaceAccess access, JobLease lease) {
            this.work = work;
            this.access = access;
            this.lease = lease;
        }

        ImportRepository.Counts copy(Path file) {
            Import view = work.view();
            try (RowSource source = readers.rows(work, file)) {
                Columns columns = Columns.of(source.header());
                ImportReaders.Reading reading = readers.reader(work, access, columns, source);
                TaskRowReader mapper = reading.rows();
                boolean byKey = columns.of(Columns.Field.KEY) >= 0;
                labelsColumn = columns.of(Columns.Field.LABELS);
                extras = extrasWriter.start(work, access, columns);
                relations = ImportRelations.of(columns);
                taskCopy = byKey ? tasks.startUpsert(access, view.id(), view.sizeBytes())
                        : tasks.startCopy(access, view.id(), view.sizeBytes(), reading.targetProjects(), lease::progressed);
                int inserted = copyRows(source, mapper);
                copyEnded = System.nanoTime();
                if (byKey) {
                    TaskService.UpsertCounts upserted = tasks.mergeUpsert(access, view.id(), lease::progressed);
                    inserted = upserted.inserted();
                    imports.upserted(work.workspaceId(), view.id(), upserted.updated(), upserted.unchanged());
                }
                originals.save(imports, work.workspaceId(), view.id());
                labelImported(view.id());
                extrasWriter.save(access, view.id(), extras, labels);
                if (relations != null) {
                    relationWriter.write(access, view.id(), relations, lease::progressed).stream()
                            .limit(Math.max(0, readers.maxReportedErrors() - errors.size())).forEach(errors::add);
                }
                lease.progressed();
                ImportRepository.Counts counts = new ImportRepository.Counts(total, inserted, rejected);
                lease.complete();
                imports.insertErrors(work.workspaceId(), view.id(), errors);
                ended = imports.finish(work.workspaceId(), view.id(), ImportStatus.SUCCEEDED, counts, null)
                        .orElseThrow(() -> new IllegalStateException("Import " + view.id() + " ended while this run held its lease"));
                return counts;
            }
        }

        /**
         * The tasks this import created get the labels of their rows, after the COPY and in its transaction (tasks an
         * import by key updated get theirs from {@link ImportExtrasWriter}). A person who may not create the labels the
         * file lacks fails the import.
         */
        private void labelImported(java.util.UUID importId) {
            try {
                labels.forEachBatch((rows, names) -> labelService.labelImported(access, importId, rows, names));
            } catch (ProblemException e) {
                throw new ImportFailure(e.getMessage());
            }
        }

        /**
         * Any failure, an Error too, cancels the COPY before the transaction rolls back (an open COPY would make
         * the rollback wait forever); after an unexpected one the connection is discarded, not pooled again.
         */
        private int copyRows(RowSource source, TaskRowReader mapper) {
            try {
                readAll(source, mapper, taskCopy);
                return Math.toIntExact(tasks.finishCopy(taskCopy));
            } catch (Throwable e) {
                taskCopy.abort();
                if (!(e instanceof ImportFailure || e instanceof Rejected)) {
                    Background.discardAfterTransaction();
                }
                throw e;
            }
        }

        private void readAll(RowSource source, TaskRowReader mapper, TaskCopy copy) {
            boolean strict = work.view().mode() == ImportMode.STRICT;
            TextBudget text = readers.textBudget();
            for (RowSource.SourceRow row; (row = source.next()) != null; ) {
                if (++total > work.rowLimit()) {
                    throw new ImportFailure("The file has more than " + work.rowLimit() + " rows, the limit; nothing was imported");
                }
                TaskRowReader.Mapped mapped = extras.skips(row) ? null : mapper.map(row);
                if (mapped == null) {
                    left++; // an archived, closed or private row, which the user chose to leave out: neither a task nor an error
                } else if (mapped.task() == null) {
                    rejected++;
                    mapped.errors().stream().limit(readers.maxReportedErrors() - errors.size()).forEach(errors::add);
                } else if (!strict || rejected == 0) {
                    text.add(mapped.task());
                    copy.add(mapped.task());
                    if (labelsColumn >= 0) {
                        labels.add(row.number(), extras.columns().labelsOf(row));
                    }
                    if (relations != null) {
                        relations.add(row);
                    }
                    extras.add(row, mapped.task());
                    if (mapped.originalAssignee() != null) {
                        originals.add(row.number(), mapped.originalAssignee());
                    }
                }
                if (total % CHECK_EVERY_ROWS == 0) {
                    checkpoint(source);
                }
            }
            if (total == 0) {
                throw new ImportFailure("The file has a header but no rows to import");
            }
            if (strict && rejected > 0) {
                throw new Rejected(new ImportRepository.Counts(total, 0, rejected), errors);
            }
        }

        /** Stops when the lease is gone; tells the lease of progress; now and then shows it, in its own short transaction. */
        private void checkpoint(RowSource source) {
            lease.ensureHeld();
            lease.progressed();
            long now = System.currentTimeMillis();
            if (now - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = now;
                separateTx.executeWithoutResult(s ->
                        imports.progress(work.workspaceId(), work.view().id(), total, source.bytesRead()));
            }
        }
    }
}
