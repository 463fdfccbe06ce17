package dev.pms.jobs;

import dev.pms.platform.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.UUID;

/** Queues jobs. A job is queued in the caller's transaction, so it exists exactly when the caller's data does. */
@Service
public class JobService {
    private final JobRepository jobs;
    private final JobWorkers workers;

    JobService(JobRepository jobs, JobWorkers workers) {
        this.jobs = jobs;
        this.workers = workers;
    }

    /** Queues a job that no person asked for: no per-person limit applies to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(UUID workspaceId, String kind, UUID subjectId) {
        return enqueue(workspaceId, kind, subjectId, null);
    }

    /** Queues a job for {@code userId}: only pms.jobs.max-running-per-user of one person's jobs run at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(UUID workspaceId, String kind, UUID subjectId, UUID userId) {
        return enqueue(workspaceId, kind, subjectId, userId, Duration.ZERO);
    }

    /** Queues a job that no person asked for, to run no sooner than {@code delay} from now (work that gathers first). */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueueAfter(UUID workspaceId, String kind, UUID subjectId, Duration delay) {
        return enqueue(workspaceId, kind, subjectId, null, delay);
    }

    private UUID enqueue(UUID workspaceId, String kind, UUID subjectId, UUID userId, Duration delay) {
        UUID id = Ids.next();
        jobs.insert(id, workspaceId, kind, subjectId, userId, delay);
        // wake this node's idle workers once the job is visible; other nodes find it at their next poll
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.wake();
            }
        });
        return id;
    }
}
