package dev.pms.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Claims and runs jobs as one lease owner: the lifecycle of one job from claim to success, retry or
 * final failure. Each node has one; tests build a second one to play another node. Any failure ends the
 * job's run here, an Error as well as an exception; an Error (out of memory, say) is not retried.
 */
class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    static final String FATAL = "the server ran out of memory or hit another fault while running it, so it will not be tried again";
    private final JobRepository jobs;
    private final Map<String, JobHandler> handlers;
    private final JobsProperties properties;
    private final String owner;
    private final JobMonitor monitor;
    private final TransactionTemplate tx;

    JobRunner(JobRepository jobs, Map<String, JobHandler> handlers, JobsProperties properties, String owner,
              JobMonitor monitor, TransactionTemplate tx) {
        this.jobs = jobs;
        this.handlers = handlers;
        this.properties = properties;
        this.owner = owner;
        this.monitor = monitor;
        this.tx = tx;
    }

    String owner() {
        return owner;
    }

    Optional<JobLease> claim() {
        if (handlers.isEmpty()) {
            return Optional.empty();
        }
        Optional<JobRepository.Claim> claim = tx.execute(s -> {
            jobs.serializeClaims();
            return jobs.claim(owner, handlers.keySet(), properties.leaseDuration(), properties.maxRunningPerUser());
        });
        claim.filter(JobRepository.Claim::takenOver).ifPresent(c -> monitor.takenOver());
        return claim.map(c -> new JobLease(c.job(), owner, jobs));
    }

    void execute(JobLease lease) {
        Job job = lease.job();
        JobHandler handler = handlers.get(job.kind());
        if (job.attempts() > properties.maxAttempts()) {
            log.error("Job {} ({}) failed as poison: stopped without finishing {} times", job.id(), job.kind(), properties.maxAttempts());
            giveUp(handler, job, "poison: stopped without finishing " + properties.maxAttempts() + " times",
                    "it stopped or made no progress " + properties.maxAttempts() + " times, so it will not be tried again");
            return;
        }
        try {
            handler.run(job, lease);
            if (!lease.completed()) {
                lease.complete();
            }
        } catch (Throwable e) {
            ended(handler, lease, e);
        }
    }

    private void ended(JobHandler handler, JobLease lease, Throwable e) {
        Job job = lease.job();
        if (lease.lost() || e instanceof LeaseLostException) {
            log.info("Job {} ({}) stopped on {}: {}", job.id(), job.kind(), owner, e.getMessage());
        } else if (fatal(e)) {
            log.error("Job {} ({}) failed for good on a fault of the server", job.id(), job.kind(), e);
            giveUp(handler, job, technical(e), FATAL);
        } else {
            failed(handler, job, e);
        }
    }

    private void failed(JobHandler handler, Job job, Throwable e) {
        if (job.attempts() < properties.maxAttempts()) {
            Duration delay = properties.pollInterval().multipliedBy(1L << Math.min(job.attempts(), 6));
            log.warn("Job {} ({}) failed on attempt {}; retrying in {}", job.id(), job.kind(), job.attempts(), delay, e);
            jobs.retryLater(job.id(), owner, job.attempts(), technical(e), delay);
        } else {
            log.error("Job {} ({}) failed on its last attempt", job.id(), job.kind(), e);
            giveUp(handler, job, technical(e), "it failed on each of its " + job.attempts() + " attempts");
        }
    }

    /** The job and its subject fail together: a crash between the two must not leave the subject running forever. */
    private void giveUp(JobHandler handler, Job job, String technical, String inWords) {
        tx.executeWithoutResult(s -> {
            if (jobs.fail(job.id(), owner, job.attempts(), technical)) {
                handler.giveUp(job, inWords);
            }
        });
    }

    /** An Error, also when a failed rollback has wrapped it. */
    static boolean fatal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Error) {
                return true;
            }
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() instanceof Error) {
                return true;
            }
        }
        return false;
    }

    /** For the job row and the log, never shown to the person whose job it was. */
    private static String technical(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
