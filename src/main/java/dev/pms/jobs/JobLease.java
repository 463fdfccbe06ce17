package dev.pms.jobs;

import java.time.Duration;

/**
 * A worker's hold on a running job. The heartbeat marks it lost when renewal fails or the job has made no
 * progress for too long; shutdown marks it cancelled. Handlers call {@link #progressed()} as they advance,
 * check {@link #ensureHeld()} while they work and call {@link #complete()} in the transaction that commits
 * their result.
 */
public final class JobLease {
    private final Job job;
    private final String owner;
    private final JobRepository jobs;
    private volatile String lostBecause;
    private volatile boolean completed;
    private volatile long progressedAt = System.nanoTime();

    JobLease(Job job, String owner, JobRepository jobs) {
        this.job = job;
        this.owner = owner;
        this.jobs = jobs;
    }

    public Job job() {
        return job;
    }

    public String owner() {
        return owner;
    }

    /** The job advanced (rows read, bytes written, a step done): the heartbeat renews only leases that do. */
    public void progressed() {
        progressedAt = System.nanoTime();
    }

    /** Throws when the lease is known to be gone, so that long work stops early and rolls back. */
    public void ensureHeld() {
        String why = lostBecause;
        if (why != null) {
            throw new LeaseLostException(job.id(), why);
        }
    }

    /**
     * Marks the job succeeded inside the caller's transaction, if and only if this worker still holds an
     * unexpired lease; the row lock taken here keeps any other worker from claiming it until commit.
     */
    public void complete() {
        ensureHeld();
        if (!jobs.complete(job.id(), owner, job.attempts())) {
            throw new LeaseLostException(job.id(), "another worker holds it or it expired");
        }
        completed = true;
    }

    boolean completed() {
        return completed;
    }

    boolean lost() {
        return lostBecause != null;
    }

    Duration sinceProgress() {
        return Duration.ofNanos(System.nanoTime() - progressedAt);
    }

    void lose(String why) {
        lostBecause = why;
    }
}
