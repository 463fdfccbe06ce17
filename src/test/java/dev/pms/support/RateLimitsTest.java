package dev.pms.support;

import org.springframework.test.context.TestPropertySource;

/**
 * A PMS as the tests of the rate limits themselves need it: behind a trusted proxy on loopback, so that
 * X-Forwarded-For names many clients, and with three sign-ups an hour per address instead of the tests' unlimited
 * ones. All such tests share this one context, as {@link SmallLimitsTest}'s do, instead of starting one each.
 */
@OwnSettings
@TestPropertySource(properties = {"pms.trusted-proxies=127.0.0.1,::1", "pms.rate-limit.sign-up.capacity=3"})
public abstract class RateLimitsTest extends IntegrationTest {
}
