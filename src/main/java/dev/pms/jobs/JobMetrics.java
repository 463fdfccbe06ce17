package dev.pms.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Queue depth per job kind (queued plus running), read from the shared table so every node reports the
 * cluster's queue; one query per scrape at most every few seconds.
 */
@Component
class JobMetrics {
    private static final long MAX_AGE_MILLIS = 5_000;
    private final JobRepository jobs;
    private volatile Map<String, Long> depth = Map.of();
    private volatile long readAt;

    JobMetrics(JobRepository jobs, MeterRegistry registry, List<JobHandler> handlers) {
        this.jobs = jobs;
        for (JobHandler handler : handlers) {
            Gauge.builder("pms.jobs.queue.depth", () -> depth(handler.kind()))
                    .tag("kind", handler.kind()).description("Jobs queued or running").register(registry);
        }
    }

    private double depth(String kind) {
        if (System.currentTimeMillis() - readAt > MAX_AGE_MILLIS) {
            try {
                depth = jobs.openByKind();
                readAt = System.currentTimeMillis();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
        return depth.getOrDefault(kind, 0L);
    }
}
