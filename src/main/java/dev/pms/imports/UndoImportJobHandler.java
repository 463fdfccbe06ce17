package dev.pms.imports;

import dev.pms.jobs.Job;
import dev.pms.jobs.JobHandler;
import dev.pms.jobs.JobLease;
import dev.pms.label.ImportedLabels;
import dev.pms.task.TaskService;
import dev.pms.workspace.Permission;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;

/** Undoes an import: deletes exactly its tasks, gives the tasks it updated their labels back and marks it undone, in one transaction under the job's lease. */
@Component
class UndoImportJobHandler implements JobHandler {
    static final String KIND = "import-undo";
    private static final Logger log = LoggerFactory.getLogger(UndoImportJobHandler.class);
    private final ImportRepository imports;
    private final TaskService tasks;
    private final WorkspaceQueries workspaces;
    private final ImportWaits waits;
    private final TransactionTemplate tx;
    private final ImportedLabels labels;

    UndoImportJobHandler(ImportRepository imports, TaskService tasks, WorkspaceQueries workspaces, ImportWaits waits,
                         PlatformTransactionManager transactions, ImportedLabels labels) {
        this.labels = labels;
        this.imports = imports;
        this.tasks = tasks;
        this.workspaces = workspaces;
        this.waits = waits;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(Job job, JobLease lease) {
        Optional<ImportRepository.Work> work = imports.work(job.workspaceId(), job.subjectId())
                .filter(w -> w.view().status() == ImportStatus.SUCCEEDED && w.undoRequestedBy() != null);
        if (work.isEmpty()) {
            return;
        }
        Optional<WorkspaceAccess> access = workspaces.accessOf(job.workspaceId(), work.get().undoRequestedBy())
                .filter(a -> a.can(Permission.IMPORT_UNDO_OWN));
        if (access.isEmpty()) {
            log.info("Undo of import {} dropped: the person who asked may no longer undo imports", job.subjectId());
            return;
        }
        lease.progressed();
        Import undone = tx.execute(s -> {
            int deleted = tasks.deleteImported(access.get(), job.subjectId());
            labels.restore(job.workspaceId(), job.subjectId()); // of the tasks it updated; its comments and watchers go with its tasks
            lease.progressed();
            lease.complete();
            log.info("Import {} undone: {} tasks removed", job.subjectId(), deleted);
            return imports.undone(job.workspaceId(), job.subjectId());
        });
        waits.ended(undone);
    }
}
