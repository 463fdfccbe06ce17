package dev.pms.platform.ratelimit;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes buckets whose window has passed, so the table holds only clients seen lately. Every node may
 * run it: the delete skips rows another node has locked.
 */
class ExpiredBucketCleaner {
    private static final Logger log = LoggerFactory.getLogger(ExpiredBucketCleaner.class);
    private static final int BATCH = 1000;
    private final ExpiredEntriesCleaner buckets;

    ExpiredBucketCleaner(ExpiredEntriesCleaner buckets) {
        this.buckets = buckets;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(BATCH);
            } while (removed == BATCH);
        } catch (RuntimeException e) {
            log.warn("Expired rate-limit buckets not removed this time: {}", e.getMessage());
        }
    }
}
