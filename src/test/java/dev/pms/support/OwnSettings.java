package dev.pms.support;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of PMS with settings of its own (small pools and import limits, rate limits, email, Sentry): each such setting
 * is one more application started in every test JVM that runs one of its tests, seconds each. Inherited, so that
 * {@link SmallLimitsTest}, {@link RateLimitsTest} and {@link OutsideServicesTest} mark every test of theirs.
 * {@code ./pms test} runs them; {@code ./pms test --fast} leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(OwnSettings.TAG)
public @interface OwnSettings {
    String TAG = "settings";
}
