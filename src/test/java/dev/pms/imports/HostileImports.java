package dev.pms.imports;



import dev.pms.jobs.JobHandler;
import dev.pms.task.TaskService;
import dev.pms.workspace.WorkspaceQueries;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The real import job, parser and COPY, with a fault injected where the pipeline first reports progress: by
 * then the COPY is open and has rows in it. A test builds it from the application's own beans and runs it on
 * workers of its own; nothing of it exists in the application.
 */
public final class HostileImports {
    public enum Fault {
        /** Throws an OutOfMemoryError, as a crafted workbook did in the parser. */
        ERROR,
        /** Never returns and ignores interrupts, as a parser in an endless loop would, until {@link #releaseAll}. */
        BLOCK
    }

    private final Map<UUID, Fault> faults = new ConcurrentHashMap<>();
    private final List<Integer> copyBackends = new CopyOnWriteArrayList<>();
    private volatile boolean released;

    public void fault(String importId, Fault fault) {
        faults.put(UUID.fromString(importId), fault);
    }

    /** PostgreSQL backends that were running a COPY into tasks when a fault struck. */
    public List<Integer> copyBackends() {
        return List.copyOf(copyBackends);
    }

    /** Lets blocked runs go, so that no thread of a test outlives it. */
    public void releaseAll() {
        released = true;
    }

    public JobHandler handler(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        ImportRepository imports = new ImportRepository(jdbc) {
            @Override
            void progress(UUID workspaceId, UUID id, int rows, long bytes) {
                Fault fault = faults.get(id);
                if (fault != null) {
                    copyBackends.addAll(jdbc.sql("select pid from pg_stat_activity where query like 'copy tasks%' and state = 'active'")
                            .query(Integer.class).list());
                    strike(fault);
                }
                super.progress(workspaceId, id, rows, bytes);
            }
        };
        ImportPipeline pipeline = new ImportPipeline(context.getBean(TaskService.class), context.getBean(ImportReaders.class),
                new ImportOutcomes(imports, context.getBean(ImportMetrics.class), context.getBean(ImportWaits.class),
                        context.getBean(PlatformTransactionManager.class)), context.getBean(PlatformTransactionManager.class),
                context.getBean(ImportAfterCopy.class));
        return new ImportJobHandler(imports, context.getBean(ImportFiles.class), pipeline, context.getBean(ImportWaits.class),
                context.getBean(WorkspaceQueries.class), context.getBean(ImportMetrics.class));
    }

    private void strike(Fault fault) {
        if (fault == Fault.ERROR) {
            throw new OutOfMemoryError("Java heap space");
        }
        while (!released) {
            Thread.interrupted(); // a stuck parser does not look at interrupts
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        throw new IllegalStateException("released by the test");
    }
}
