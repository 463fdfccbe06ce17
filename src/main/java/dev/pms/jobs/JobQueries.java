package dev.pms.jobs;

import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads of the queue for health probes and the system page. */
@Service
public class JobQueries {
    private final JobWorkers workers;
    private final JobRepository jobs;
    private final JobsProperties properties;
    private final JobMonitor monitor;

    JobQueries(JobWorkers workers, JobRepository jobs, JobsProperties properties, JobMonitor monitor) {
        this.workers = workers;
        this.jobs = jobs;
        this.properties = properties;
        this.monitor = monitor;
    }

    /** This node's workers and the cluster's queue; reads the database. */
    public JobsStatus status() {
        JobRepository.Backlog backlog = jobs.backlog();
        int stalled = monitor.stalled();
        List<String> problems = new ArrayList<>(monitor.problems());
        if (backlog.oldestQueued().compareTo(properties.maxQueueWait()) > 0) {
            problems.add("the oldest queued job has waited " + words(backlog.oldestQueued()) + ", more than "
                    + words(properties.maxQueueWait()));
        }
        return new JobsStatus(workers.isRunning(), properties.workers(), workers.inHand(), stalled,
                backlog.queued(), backlog.running(), backlog.oldestQueued(), List.copyOf(problems));
    }

    /** Why this node's workers are DEGRADED, without asking the database: what a readiness probe may wait for. */
    public List<String> workerProblems() {
        return monitor.problems();
    }

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        return seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }
}
