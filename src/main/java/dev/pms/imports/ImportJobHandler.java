package dev.pms.imports;

import dev.pms.jobs.Job;
import dev.pms.jobs.JobHandler;
import dev.pms.jobs.JobLease;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs an import job: marks it running, copies the stored file to a temporary file, and hands it to the
 * pipeline. Runs again from the stored file after a take-over; a finished import is never run twice.
 */
@Component
class ImportJobHandler implements JobHandler {
    static final String KIND = "import";
    private final ImportRepository imports;
    private final ImportFiles files;
    private final ImportPipeline pipeline;
    private final ImportWaits waits;
    private final WorkspaceQueries workspaces;
    private final ImportMetrics metrics;

    ImportJobHandler(ImportRepository imports, ImportFiles files, ImportPipeline pipeline, ImportWaits waits,
                     WorkspaceQueries workspaces, ImportMetrics metrics) {
        this.metrics = metrics;
        this.imports = imports;
        this.files = files;
        this.pipeline = pipeline;
        this.waits = waits;
        this.workspaces = workspaces;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(Job job, JobLease lease) throws IOException {
        Optional<ImportRepository.Work> started = imports.start(job.workspaceId(), job.subjectId());
        if (started.isEmpty()) {
            return;
        }
        ImportRepository.Work work = started.get();
        Optional<WorkspaceAccess> access = workspaces.accessOf(job.workspaceId(), work.view().userId())
                .filter(a -> a.can(Permission.IMPORT));
        if (access.isEmpty()) {
            pipeline.fail(work, lease, new ImportRepository.Counts(0, 0, 0), List.of(),
                    "The person who uploaded the file may no longer import into this workspace");
            return;
        }
        Path file = files.spool(job.workspaceId(), job.subjectId(), work.view().sizeBytes());
        lease.progressed();
        try {
            pipeline.run(work, access.get(), file, lease);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs in the transaction that fails the job; waiting requests learn of the end once it has committed. */
    @Override
    public void giveUp(Job job, String reason) {
        ImportRepository.Counts none = new ImportRepository.Counts(0, 0, 0);
        imports.finish(job.workspaceId(), job.subjectId(), ImportStatus.FAILED, none, "The import failed on our side: " + reason)
                .ifPresent(ended -> {
                    metrics.finished(ImportStatus.FAILED, none, Duration.ZERO);
                    afterCommit(() -> waits.ended(ended));
                });
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
