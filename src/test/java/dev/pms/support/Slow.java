package dev.pms.support;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that waits for time to pass (leases, limits, waits), walks hundreds of requests (the access matrix) or reads
 * files of hundreds of megabytes (hostile workbooks).
 * {@code ./pms test} runs it; {@code ./pms test --fast} leaves it out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
    String TAG = "slow";
}
