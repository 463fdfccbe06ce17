package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.imports.parse.RowSource;
import dev.pms.imports.parse.TaskRowReader;
import dev.pms.imports.parse.TextBudget;
import dev.pms.jobs.JobLease;
import dev.pms.platform.db.Background;
import dev.pms.task.TaskCopy;
import dev.pms.task.TaskService;
import dev.pms.workspace.WorkspaceAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse → map → validate → COPY, in one transaction that also completes the job while it still holds
 * the lease: the tasks, the counts, the error report and the job's end commit together or not at all.
 * A file-level problem or a strict import with bad rows rolls the COPY back and records the failure
 * in a second transaction, under the same lease check. What rows bring besides their tasks is {@link ImportAfterCopy}'s.
 */
@Component
class ImportPipeline {
    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);
    private static final int CHECK_EVERY_ROWS = 4096;
    private static final long PROGRESS_EVERY_MILLIS = 500;
    private final TaskService tasks;
    private final ImportReaders readers;
    private final ImportOutcomes outcomes;
    private final TransactionTemplate tx;
    private final ImportAfterCopy afterCopy;

    ImportPipeline(TaskService tasks, ImportReaders readers, ImportOutcomes outcomes, PlatformTransactionManager transactions,
                   ImportAfterCopy afterCopy) {
        this.tasks = tasks;
        this.readers = readers;
        this.outcomes = outcomes;
        this.tx = new TransactionTemplate(transactions);
        this.afterCopy = afterCopy;
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
        private ImportAfterCopy.Kept kept;
        private int left;

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
                boolean byKey = columns.of(Columns.Field.KEY) >= 0;
                kept = afterCopy.start(work, access, columns);
                taskCopy = byKey ? tasks.startUpsert(access, view.id(), view.sizeBytes())
                        : tasks.startCopy(access, view.id(), view.sizeBytes(), reading.targetProjects(), lease::progressed);
                int inserted = copyRows(source, reading.rows());
                copyEnded = System.nanoTime();
                if (byKey) {
                    TaskService.UpsertCounts upserted = tasks.mergeUpsert(access, view.id(), lease::progressed);
                    inserted = upserted.inserted();
                    outcomes.upserted(work, upserted.updated(), upserted.unchanged());
                }
                errors.addAll(afterCopy.save(access, view.id(), kept, lease, readers.maxReportedErrors() - errors.size()));
                lease.progressed();
                ImportRepository.Counts counts = new ImportRepository.Counts(total, inserted, rejected);
                ended = outcomes.ending(work, lease, counts, errors);
                return counts;
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
                TaskRowReader.Mapped mapped = kept.skips(row) ? null : mapper.map(row);
                if (mapped == null) {
                    left++; // an archived, closed or private row, which the user chose to leave out: neither a task nor an error
                } else if (mapped.task() == null) {
                    rejected++;
                    mapped.errors().stream().limit(readers.maxReportedErrors() - errors.size()).forEach(errors::add);
                } else if (!strict || rejected == 0) {
                    text.add(mapped.task());
                    copy.add(mapped.task());
                    kept.add(row, mapped);
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
                outcomes.progress(work, total, source.bytesRead());
            }
        }
    }
}
