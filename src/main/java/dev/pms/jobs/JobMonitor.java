package dev.pms.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node's workers report about themselves: leases that ran out, and workers stuck without progress.
 * Kept apart from the workers, so that health and metrics see every set of workers of the node.
 */
@Component
class JobMonitor {
    private final Set<JobWorkers> watched = ConcurrentHashMap.newKeySet();
    private final Counter takenOver;
    private final Counter lost;
    private final Counter noProgress;

    JobMonitor(MeterRegistry registry) {
        takenOver = expired(registry, "taken-over");
        lost = expired(registry, "lost");
        noProgress = expired(registry, "no-progress");
        Gauge.builder("pms.jobs.workers.stalled", this::stalled)
                .description("This node's job workers that have made no progress past the limit").register(registry);
    }

    private static Counter expired(MeterRegistry registry, String reason) {
        return Counter.builder("pms.jobs.leases.expired").tag("reason", reason)
                .description("Job leases that ran out: taken over after expiry, lost by a worker, or given up without progress")
                .register(registry);
    }

    void watch(JobWorkers workers) {
        watched.add(workers);
    }

    void unwatch(JobWorkers workers) {
        watched.remove(workers);
    }

    /** Workers of this node that made no progress past the limit, or were cut off and have not ended yet. */
    int stalled() {
        return watched.stream().mapToInt(JobWorkers::stalled).sum();
    }

    /** Why this node's workers are DEGRADED, in words: each set of workers judged by its own limit. */
    List<String> problems() {
        return watched.stream().filter(w -> w.stalled() > 0).map(w -> {
            int stalled = w.stalled();
            return stalled + (stalled == 1 ? " job worker has" : " job workers have") + " made no progress for more than "
                    + JobQueries.words(w.noProgressLimit());
        }).toList();
    }

    void takenOver() {
        takenOver.increment();
    }

    void lost() {
        lost.increment();
    }

    void noProgress() {
        noProgress.increment();
    }
}
