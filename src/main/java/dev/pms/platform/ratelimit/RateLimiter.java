package dev.pms.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import java.util.concurrent.TimeUnit;

/**
 * Counts requests in token buckets stored in PostgreSQL, one row per quota and subject. Each quota is a
 * fixed window (the whole quota refills at once when the window ends), which is what "10 per 5 minutes"
 * promises; the key carries the quota's size so that a changed setting starts fresh buckets.
 */
class RateLimiter {
    private final ProxyManager<String> buckets;

    RateLimiter(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    Decision consume(Quota quota, String subject) {
        ConsumptionProbe probe = buckets.builder().build(key(quota, subject), () -> configuration(quota)).tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new Decision(quota, true, probe.getRemainingTokens(), reset, 0);
        }
        long retryAfter = Math.max(1, Math.max(reset, seconds(probe.getNanosToWaitForRefill())));
        return new Decision(quota, false, 0, retryAfter, retryAfter);
    }

    /** Whether one more request would be allowed, without counting one. */
    Decision peek(Quota quota, String subject) {
        EstimationProbe probe = buckets.builder().build(key(quota, subject), () -> configuration(quota)).estimateAbilityToConsume(1);
        if (probe.canBeConsumed()) {
            return new Decision(quota, true, probe.getRemainingTokens(), 0, 0);
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        return new Decision(quota, false, 0, retryAfter, retryAfter);
    }

    private static String key(Quota quota, String subject) {
        return quota.name() + ":" + quota.capacity() + "/" + quota.windowSeconds() + ":" + subject;
    }

    private static BucketConfiguration configuration(Quota quota) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(quota.capacity()).refillIntervally(quota.capacity(), quota.window()).build())
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
