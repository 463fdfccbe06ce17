package dev.pms.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Claims and runs jobs as one lease owner: the lifecycle of one job from claim to success, retry or
 * final failure. Each node has one; tests build a second one to play another node.
 */
class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private final JobRepository jobs;
    private final Map<String, JobHandler> handlers;
    private final JobsProperties properties;
    private final String owner;

    JobRunner(JobRepository jobs, Map<String, JobHandler> handlers, JobsProperties properties, String owner) {
        this.jobs = jobs;
        this.handlers = handlers;
        this.properties = properties;
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    Optional<JobLease> claim() {
        if (handlers.isEmpty()) {
            return Optional.empty();
        }
        return jobs.claim(owner, handlers.keySet(), properties.leaseDuration()).map(job -> new JobLease(job, owner, jobs));
    }

    void execute(JobLease lease) {
        Job job = lease.job();
        JobHandler handler = handlers.get(job.kind());
        if (job.attempts() > properties.maxAttempts()) {
            giveUp(handler, job, "gave up after " + properties.maxAttempts() + " attempts");
            return;
        }
        try {
            handler.run(job, lease);
            if (!lease.completed()) {
                lease.complete();
            }
        } catch (LeaseLostException e) {
            log.info("Job {} ({}) stopped on {}: {}", job.id(), job.kind(), owner, e.getMessage());
        } catch (Exception e) {
            failed(handler, job, e);
        }
    }

    private void failed(JobHandler handler, Job job, Exception e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (job.attempts() < properties.maxAttempts()) {
            Duration delay = properties.pollInterval().multipliedBy(1L << Math.min(job.attempts(), 6));
            log.warn("Job {} ({}) failed on attempt {}; retrying in {}", job.id(), job.kind(), job.attempts(), delay, e);
            jobs.retryLater(job.id(), owner, reason, delay);
        } else {
            log.error("Job {} ({}) failed on its last attempt", job.id(), job.kind(), e);
            giveUp(handler, job, reason);
        }
    }

    private void giveUp(JobHandler handler, Job job, String reason) {
        if (jobs.fail(job.id(), owner, reason)) {
            handler.giveUp(job, reason);
        }
    }
}
