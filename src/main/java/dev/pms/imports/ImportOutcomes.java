package dev.pms.imports;

import dev.pms.jobs.JobLease;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What an import run records of how it goes and how it ends, for those who wait on it and for the metrics: its
 * progress, the counts of an import by key, and its end, succeeded or failed with a message.
 */
@Component
class ImportOutcomes {
    private final ImportRepository imports;
    private final ImportMetrics metrics;
    private final ImportWaits waits;
    private final TransactionTemplate tx;
    private final TransactionTemplate separateTx;

    ImportOutcomes(ImportRepository imports, ImportMetrics metrics, ImportWaits waits, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.metrics = metrics;
        this.waits = waits;
        this.tx = new TransactionTemplate(transactions);
        this.separateTx = new TransactionTemplate(transactions);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Shows how far the run has read, in its own short transaction, so that others see it while the COPY runs. */
    void progress(ImportRepository.Work work, int rows, long bytes) {
        separateTx.executeWithoutResult(s -> imports.progress(work.workspaceId(), work.view().id(), rows, bytes));
    }

    /** How many tasks an import by key updated and left unchanged, in the run's transaction. */
    void upserted(ImportRepository.Work work, int updated, int unchanged) {
        imports.upserted(work.workspaceId(), work.view().id(), updated, unchanged);
    }

    /**
     * Ends the run as SUCCEEDED in its transaction, which then commits the tasks and the end together; the lease is
     * checked first, so a run that lost it commits nothing.
     */
    Import ending(ImportRepository.Work work, JobLease lease, ImportRepository.Counts counts, List<RowError> errors) {
        UUID id = work.view().id();
        lease.complete();
        imports.insertErrors(work.workspaceId(), id, errors);
        return imports.finish(work.workspaceId(), id, ImportStatus.SUCCEEDED, counts, null)
                .orElseThrow(() -> new IllegalStateException("Import " + id + " ended while this run held its lease"));
    }

    /** The run has committed {@code ended}. */
    void succeeded(Import ended, ImportRepository.Counts counts, Duration took) {
        waits.ended(ended);
        metrics.finished(ImportStatus.SUCCEEDED, counts, took);
    }

    /** Ends the import as FAILED with {@code why}, under the lease: a run that lost it changes nothing. */
    void failed(ImportRepository.Work work, JobLease lease, ImportRepository.Counts counts, List<RowError> errors, String why) {
        UUID ws = work.workspaceId();
        UUID id = work.view().id();
        tx.execute(s -> {
            lease.complete();
            imports.insertErrors(ws, id, errors);
            return imports.finish(ws, id, ImportStatus.FAILED, counts, why);
        }).ifPresent(waits::ended);
        metrics.finished(ImportStatus.FAILED, counts, Duration.ZERO);
    }
}
