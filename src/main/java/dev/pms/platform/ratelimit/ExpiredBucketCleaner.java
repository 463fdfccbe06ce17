package dev.pms.platform.ratelimit;

import dev.pms.platform.db.ClusterOnce;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Deletes buckets whose window has passed, so the table holds only clients seen lately. Every node schedules
 * it; one of them runs it each minute.
 */
class ExpiredBucketCleaner {
    private static final Logger log = LoggerFactory.getLogger(ExpiredBucketCleaner.class);
    private static final int BATCH = 1000;
    private static final Duration PERIOD = Duration.ofMinutes(1);
    private final ExpiredEntriesCleaner buckets;
    private final ClusterOnce once;

    ExpiredBucketCleaner(ExpiredEntriesCleaner buckets, ClusterOnce once) {
        this.buckets = buckets;
        this.once = once;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeExpired() {
        try {
            once.run("rate-limit-bucket-cleaner", PERIOD, this::removeAll);
        } catch (RuntimeException e) {
            log.warn("Expired rate-limit buckets not removed this time: {}", e.getMessage());
        }
    }

    private void removeAll() {
        int removed;
        do {
            removed = buckets.removeExpired(BATCH);
        } while (removed == BATCH);
    }
}
