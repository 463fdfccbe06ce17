package dev.pms.jobs;

import java.util.UUID;

/** The worker no longer holds a job's lease (it expired and another worker took it, or the node is stopping). */
public class LeaseLostException extends RuntimeException {
    public LeaseLostException(UUID jobId, String why) {
        super("Lease of job " + jobId + " lost: " + why);
    }
}
