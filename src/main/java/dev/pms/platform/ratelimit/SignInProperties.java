package dev.pms.platform.ratelimit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Growing delays after failed sign-ins, per account and per device cookie. Defaults live in application.properties;
 * with them an account sees at most 5 + about 60 evaluated guesses an hour (ASVS asks for at most 100).
 *
 * @param freeFailures   failures in a row that cost no wait
 * @param firstDelay     the wait after the first failure beyond those; it doubles with each further one...
 * @param maxDelay       ...up to this
 * @param forgetAfter    a count with no attempt for this long starts over
 * @param deviceLifetime how long a browser that signed in is remembered (the device cookie)
 */
@Validated
@ConfigurationProperties("pms.sign-in")
record SignInProperties(@PositiveOrZero int freeFailures, @NotNull Duration firstDelay, @NotNull Duration maxDelay,
                        @NotNull Duration forgetAfter, @NotNull Duration deviceLifetime) {

    /** The wait before the next attempt once {@code failures} attempts in a row have failed. */
    Duration delayAfter(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond - 1, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
