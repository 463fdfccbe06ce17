package dev.pms.jobs;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The workers every node runs.
 *
 * @param enabled           whether this node runs workers at all
 * @param workers           jobs this node runs at once (an import keeps one database connection busy, two with progress)
 * @param pollInterval      how often idle workers look for jobs queued by other nodes (local ones wake them at once)
 * @param leaseDuration     how long a claim holds without a heartbeat; a dead node's job is taken over after this
 * @param heartbeatInterval how often a worker renews its leases; well below the lease duration
 * @param maxAttempts       claims before a job fails for good (a job that kills its node must not loop forever)
 * @param shutdownGrace     how long a stopping node lets running jobs finish before handing their leases back
 * @param noProgressLimit   how long a job may run without progress (rows, bytes) before its lease is given up and
 *                          its worker replaced
 * @param maxRunningPerUser jobs of one person that run at once, all nodes; the others wait their turn
 * @param maxQueueWait      how long the oldest queued job may wait before health reports DEGRADED
 */
@Validated
@ConfigurationProperties("pms.jobs")
public record JobsProperties(boolean enabled, @Min(1) @Max(64) int workers, @NotNull Duration pollInterval,
                             @NotNull Duration leaseDuration, @NotNull Duration heartbeatInterval,
                             @Min(1) @Max(100) int maxAttempts, @NotNull Duration shutdownGrace,
                             @NotNull Duration noProgressLimit, @Min(1) int maxRunningPerUser,
                             @NotNull Duration maxQueueWait) {

    @AssertTrue(message = "heartbeat-interval must be shorter than half the lease-duration")
    public boolean isHeartbeatWellWithinLease() {
        return heartbeatInterval == null || leaseDuration == null
                || heartbeatInterval.multipliedBy(2).compareTo(leaseDuration) < 0;
    }

    @AssertTrue(message = "heartbeat-interval must be shorter than the no-progress-limit, which the heartbeat checks")
    public boolean isHeartbeatWithinNoProgressLimit() {
        return heartbeatInterval == null || noProgressLimit == null || heartbeatInterval.compareTo(noProgressLimit) < 0;
    }
}
