package dev.pms.jobs;

import java.time.Duration;
import java.util.List;

/**
 * This node's workers and the shared queue, as a load balancer's or an operator's probe sees them.
 *
 * @param workersRunning whether this node's workers poll for jobs
 * @param workers        how many jobs this node runs at once
 * @param inHand         jobs this node runs now
 * @param stalled        this node's workers that have made no progress past the limit
 * @param queued         jobs waiting in the queue, all nodes
 * @param running        jobs running now, all nodes
 * @param oldestQueued   how long the oldest waiting job has waited (zero when none waits)
 * @param problems       why the jobs are DEGRADED, in words; empty when they are not
 */
public record JobsStatus(boolean workersRunning, int workers, int inHand, int stalled, long queued, long running,
                         Duration oldestQueued, List<String> problems) {

    public boolean degraded() {
        return !problems.isEmpty();
    }
}
