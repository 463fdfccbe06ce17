package dev.pms.jobs;

/**
 * Runs the jobs of one kind. A handler makes its work and the job's completion one transaction by
 * calling {@link JobLease#complete()} inside it; that call fails when the lease has gone to another
 * worker, so that the work of a worker presumed dead is rolled back instead of committed twice.
 */
public interface JobHandler {

    String kind();

    void run(Job job, JobLease lease) throws Exception;

    /** Called once when the job fails for good (attempts used up), so the subject can record why. */
    default void giveUp(Job job, String reason) {
    }
}
