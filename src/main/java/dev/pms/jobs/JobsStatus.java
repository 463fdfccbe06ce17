package dev.pms.jobs;

import java.time.Duration;

/**
 * This node's workers and the shared queue, as a load balancer's or an operator's probe sees them.
 *
 * @param workersRunning whether this node's workers poll for jobs
 * @param workers        how many jobs this node runs at once
 * @param inHand         jobs this node runs now
 * @param queued         jobs waiting in the queue, all nodes
 * @param running        jobs running now, all nodes
 * @param oldestQueued   how long the oldest waiting job has waited (zero when none waits)
 */
public record JobsStatus(boolean workersRunning, int workers, int inHand, long queued, long running, Duration oldestQueued) {
}
