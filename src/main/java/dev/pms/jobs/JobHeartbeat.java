package dev.pms.jobs;

import dev.pms.platform.db.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Renews the leases of the jobs a node's workers run, but only of jobs that make progress: a job without
 * progress for the limit gives its lease up, so that another worker retries it (and, after the attempt limit,
 * fails it as poison), and its worker is cut off and replaced. Runs on a platform thread of its own, with a
 * connection of the job workers' pool reserved for it.
 */
final class JobHeartbeat {
    private static final Logger log = LoggerFactory.getLogger(JobHeartbeat.class);
    private final JobWorkers workers;
    private final JobRepository jobs;
    private final JobsProperties properties;
    private final JobMonitor monitor;
    private volatile Thread thread;
    private volatile boolean running;

    JobHeartbeat(JobWorkers workers, JobRepository jobs, JobsProperties properties, JobMonitor monitor) {
        this.workers = workers;
        this.jobs = jobs;
        this.properties = properties;
        this.monitor = monitor;
    }

    void start() {
        running = true;
        thread = Thread.ofPlatform().name("job-heartbeat").daemon(true).start(() -> Background.run(this::loop));
    }

    void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
        }
    }

    Optional<Thread> thread() {
        return Optional.ofNullable(thread);
    }

    private void loop() {
        while (running) {
            sleep(properties.heartbeatInterval().toMillis());
            try {
                beat();
            } catch (Throwable e) {
                log.warn("Job heartbeat failed: {}", e.getMessage());
            }
        }
    }

    /** Cuts off the jobs without progress, then renews the others; one that could not be renewed is lost. */
    void beat() {
        // only the leases asked for may be judged by the answer: renewing can wait for row locks of jobs that
        // are completing, and a job claimed meanwhile would be missing from it without being lost
        Map<Boolean, List<JobWorkers.Running>> byProgress = workers.active().values().stream().collect(Collectors.partitioningBy(
                r -> r.lease().sinceProgress().compareTo(properties.noProgressLimit()) <= 0));
        byProgress.get(false).forEach(this::giveUp);
        Map<UUID, JobLease> held = byProgress.get(true).stream()
                .collect(Collectors.toMap(r -> r.lease().job().id(), JobWorkers.Running::lease));
        if (held.isEmpty()) {
            return;
        }
        try {
            List<UUID> renewed = jobs.renew(workers.owner(), held.keySet(), properties.leaseDuration());
            held.forEach((id, lease) -> {
                if (!renewed.contains(id)) {
                    monitor.lost();
                    lease.lose("lease expired and could not be renewed");
                }
            });
        } catch (RuntimeException e) {
            log.warn("Job heartbeat failed: {}", e.getMessage());
        }
    }

    private void giveUp(JobWorkers.Running stuck) {
        Job job = stuck.lease().job();
        String why = "no progress for " + properties.noProgressLimit().toSeconds() + " s";
        log.warn("Job {} ({}) made {}; its lease is given up and its worker replaced", job.id(), job.kind(), why);
        monitor.noProgress();
        stuck.lease().lose(why);
        workers.cutOff(stuck);
        try {
            jobs.expire(job.id(), workers.owner(), job.attempts(), why);
        } catch (RuntimeException e) {
            log.warn("Could not give up the lease of job {}; it expires after {}", job.id(), properties.leaseDuration(), e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
