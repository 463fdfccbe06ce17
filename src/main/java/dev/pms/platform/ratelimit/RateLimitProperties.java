package dev.pms.platform.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * The rate limits, shared by every node through PostgreSQL. Defaults live in application.properties.
 *
 * @param enabled whether requests are limited at all (off only for load tests of the features behind)
 * @param headers which RateLimit header fields limited responses carry
 * @param upload  uploads per user
 * @param signIn  sign-in attempts per client IP (the per-account delays are {@link SignInProperties})
 * @param api     API calls per signed-in user or per API token
 * @param tokenFailures requests with an unknown, expired or revoked API token, per client IP
 * @param signUp  sign-ups per client IP
 */
@Validated
@ConfigurationProperties("pms.rate-limit")
public record RateLimitProperties(boolean enabled, @NotNull HeaderStyle headers,
                                  @Valid @NotNull Policy upload, @Valid @NotNull Policy signIn, @Valid @NotNull Policy api,
                                  @Valid @NotNull Policy tokenFailures, @Valid @NotNull Policy signUp) {

    /** {@code DRAFT_6}: RateLimit-Limit/-Remaining/-Reset + RateLimit-Policy; {@code STRUCTURED}: the current draft's RateLimit + RateLimit-Policy. */
    public enum HeaderStyle { DRAFT_6, STRUCTURED }

    /**
     * @param capacity requests allowed per window
     * @param window   the window; the whole quota comes back when it ends
     * @param routes   what the policy counts: {@code "POST /api/v1/auth/signin"} or {@code "/api/v1/**"} (any method)
     */
    public record Policy(@Positive long capacity, @NotNull Duration window, @NotEmpty List<String> routes) {
    }
}
