package dev.pms.platform.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Error monitoring: with a {@code dsn} (SENTRY_DSN), what PMS logs at ERROR goes to Sentry.
 *
 * @param dsn         the project's DSN; empty turns Sentry off
 * @param environment the environment events are filed under
 */
@ConfigurationProperties("pms.sentry")
record SentryProperties(String dsn, String environment) {

    boolean enabled() {
        return dsn != null && !dsn.isBlank();
    }
}
