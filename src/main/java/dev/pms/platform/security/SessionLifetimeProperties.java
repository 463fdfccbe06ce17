package dev.pms.platform.security;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How long a browser session may live at most, however active it is (ASVS V7.3); the idle limit is Spring's
 * {@code server.servlet.session.timeout}. Defaults live in application.properties.
 */
@Validated
@ConfigurationProperties("pms.session")
record SessionLifetimeProperties(@NotNull Duration absoluteTimeout) {
}
