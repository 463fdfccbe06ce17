package dev.pms.jobs;

import org.springframework.stereotype.Service;

/** Reads of the queue for health probes and the system page. */
@Service
public class JobQueries {
    private final JobWorkers workers;
    private final JobRepository jobs;
    private final JobsProperties properties;

    JobQueries(JobWorkers workers, JobRepository jobs, JobsProperties properties) {
        this.workers = workers;
        this.jobs = jobs;
        this.properties = properties;
    }

    public JobsStatus status() {
        JobRepository.Backlog backlog = jobs.backlog();
        return new JobsStatus(workers.isRunning(), properties.workers(), workers.inHand(),
                backlog.queued(), backlog.running(), backlog.oldestQueued());
    }
}
