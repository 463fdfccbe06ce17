package dev.pms.imports;

import dev.pms.jobs.JobLease;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** How an import run ends, for those who wait on it and for the metrics: succeeded, or failed with a message. */
@Component
class ImportOutcomes {
    private final ImportRepository imports;
    private final ImportMetrics metrics;
    private final ImportWaits waits;
    private final TransactionTemplate tx;

    ImportOutcomes(ImportRepository imports, ImportMetrics metrics, ImportWaits waits, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.metrics = metrics;
        this.waits = waits;
        this.tx = new TransactionTemplate(transactions);
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
