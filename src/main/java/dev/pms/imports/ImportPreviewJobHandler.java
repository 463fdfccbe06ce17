package dev.pms.imports;

import dev.pms.imports.parse.Columns;
import dev.pms.jobs.Job;
import dev.pms.jobs.JobHandler;
import dev.pms.jobs.JobLease;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an upload in PREVIEW once and stores its preview, as a job of the durable queue: a large file takes
 * seconds, and any node may do it. A file that cannot be imported at all (no title column, not text, too many
 * rows) fails the import here, before the user is asked anything.
 */
@Component
class ImportPreviewJobHandler implements JobHandler {
    static final String KIND = "import-preview";
    private static final Logger log = LoggerFactory.getLogger(ImportPreviewJobHandler.class);
    private final ImportRepository imports;
    private final ImportFiles files;
    private final ImportPreviewer previewer;
    private final ImportWaits waits;
    private final WorkspaceQueries workspaces;
    private final TransactionTemplate tx;

    ImportPreviewJobHandler(ImportRepository imports, ImportFiles files, ImportPreviewer previewer, ImportWaits waits,
                            WorkspaceQueries workspaces, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.files = files;
        this.previewer = previewer;
        this.waits = waits;
        this.workspaces = workspaces;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(Job job, JobLease lease) throws IOException {
        Optional<ImportRepository.Work> work = imports.work(job.workspaceId(), job.subjectId())
                .filter(w -> w.view().status() == ImportStatus.PREVIEW && !w.view().previewReady());
        if (work.isEmpty()) {
            return;
        }
        Optional<WorkspaceAccess> access = workspaces.accessOf(job.workspaceId(), work.get().view().userId())
                .filter(a -> a.can(Permission.IMPORT));
        if (access.isEmpty()) {
            end(job, lease, "The person who uploaded the file may no longer import into this workspace");
            return;
        }
        long start = System.nanoTime();
        Path file = files.spool(job.workspaceId(), job.subjectId(), work.get().view().sizeBytes());
        long spooled = System.nanoTime();
        lease.progressed();
        try {
            ImportPreview preview = previewer.preview(work.get(), access.get(), file, lease);
            log.info("Preview of import {}: {} rows read in {} ms after {} ms spooling the file", job.subjectId(), preview.rowsTotal(),
                    (System.nanoTime() - spooled) / 1_000_000, (spooled - start) / 1_000_000);
            String headerKey = Columns.of(preview.columns().stream().map(ImportPreview.Column::header).toList()).shapeKey();
            tx.execute(s -> {
                lease.complete();
                return imports.previewed(job.workspaceId(), job.subjectId(), ImportJson.write(preview), headerKey, preview.rowsTotal());
            }).ifPresent(waits::ended);
        } catch (ImportFailure e) {
            end(job, lease, e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void giveUp(Job job, String reason) {
        imports.finish(job.workspaceId(), job.subjectId(), ImportStatus.FAILED, new ImportRepository.Counts(0, 0, 0),
                "The file could not be read on our side: " + reason);
    }

    private void end(Job job, JobLease lease, String why) {
        tx.execute(s -> {
            lease.complete();
            return imports.finish(job.workspaceId(), job.subjectId(), ImportStatus.FAILED, new ImportRepository.Counts(0, 0, 0), why);
        }).ifPresent(waits::ended);
    }
}
