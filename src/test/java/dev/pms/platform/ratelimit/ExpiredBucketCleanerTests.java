package dev.pms.platform.ratelimit;

import dev.pms.platform.db.ClusterOnce;
import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes' cleaners, each on its schedule: the expired buckets are removed by one of them per minute. */
class ExpiredBucketCleanerTests extends IntegrationTest {
    @Autowired
    ClusterOnce once;

    @Test
    void onlyOneNodeCleansEachMinute() {
        AtomicInteger passes = new AtomicInteger();
        ExpiredBucketCleaner first = new ExpiredBucketCleaner(batch -> {
            passes.incrementAndGet();
            return 0;
        }, once);
        ExpiredBucketCleaner second = new ExpiredBucketCleaner(batch -> {
            passes.incrementAndGet();
            return 0;
        }, once);
        first.removeExpired();
        second.removeExpired();
        assertThat(passes).hasValue(1);
    }
}
