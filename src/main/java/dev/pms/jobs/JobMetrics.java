package dev.pms.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Queue depth per job kind (queued plus running), the oldest queued job's wait, and whether the jobs are
 * DEGRADED as /api/health reports it; read from the shared table so every node reports the cluster's queue,
 * one query per scrape at most every few seconds.
 */
@Component
class JobMetrics {
    private static final long MAX_AGE_MILLIS = 5_000;
    private final JobRepository jobs;
    private final JobMonitor monitor;
    private final JobsProperties properties;
    private volatile Map<String, Long> depth = Map.of();
    private volatile Duration oldestQueued = Duration.ZERO;
    private volatile long readAt;

    JobMetrics(JobRepository jobs, MeterRegistry registry, List<JobHandler> handlers, JobMonitor monitor, JobsProperties properties) {
        this.jobs = jobs;
        this.monitor = monitor;
        this.properties = properties;
        for (JobHandler handler : handlers) {
            Gauge.builder("pms.jobs.queue.depth", () -> depth(handler.kind()))
                    .tag("kind", handler.kind()).description("Jobs queued or running").register(registry);
        }
        Gauge.builder("pms.jobs.queue.oldest", () -> fresh() ? oldestQueued.toMillis() / 1000.0 : Double.NaN)
                .baseUnit("seconds").description("How long the oldest queued job has waited").register(registry);
        Gauge.builder("pms.jobs.degraded", this::degraded)
                .description("1 while a worker makes no progress or the oldest queued job waits too long, else 0").register(registry);
    }

    private double depth(String kind) {
        return fresh() ? depth.getOrDefault(kind, 0L) : Double.NaN;
    }

    private double degraded() {
        boolean queueTooOld = fresh() && oldestQueued.compareTo(properties.maxQueueWait()) > 0;
        return monitor.stalled() > 0 || queueTooOld ? 1 : 0;
    }

    private boolean fresh() {
        if (System.currentTimeMillis() - readAt > MAX_AGE_MILLIS) {
            try {
                depth = jobs.openByKind();
                oldestQueued = jobs.backlog().oldestQueued();
                readAt = System.currentTimeMillis();
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }
}
