package dev.pms.platform.ratelimit;

import dev.pms.platform.db.ClusterOnce;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wires the limits: buckets in the {@code rate_limit_buckets} table (see V20), the sign-in and failed-token
 * filters ahead of Spring Security (order -100) and the per-user filter right behind it. Time comes from a {@link Clock}
 * bean when there is one (tests move it forward), else from the system clock, which nodes keep in step by NTP.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@EnableScheduling
class RateLimitConfig {
    private static final int SECURITY_ORDER = -100;

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource, ObjectProvider<Clock> clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .clientClock(timeMeter(clock.getIfUnique(Clock::systemUTC)))
                .build();
    }

    @Bean
    ExpiredBucketCleaner expiredBucketCleaner(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, ClusterOnce once) {
        return new ExpiredBucketCleaner(buckets, once);
    }

    @Bean
    FilterRegistrationBean<SignInRateLimitFilter> signInRateLimitFilter(RateLimitProperties properties,
            PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, MeterRegistry meters) {
        var filter = new SignInRateLimitFilter(new RateLimiter(buckets), responses(properties, meters), properties.signIn());
        return registration(filter, SECURITY_ORDER - 10, properties.enabled());
    }

    @Bean
    FilterRegistrationBean<TokenFailureFilter> tokenFailureFilter(RateLimitProperties properties,
            PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, MeterRegistry meters) {
        var filter = new TokenFailureFilter(new RateLimiter(buckets), responses(properties, meters), properties.tokenFailures());
        return registration(filter, SECURITY_ORDER - 5, properties.enabled());
    }

    @Bean
    FilterRegistrationBean<SignUpRateLimitFilter> signUpRateLimitFilter(RateLimitProperties properties,
            PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, MeterRegistry meters) {
        var filter = new SignUpRateLimitFilter(new RateLimiter(buckets), responses(properties, meters), properties.signUp());
        return registration(filter, SECURITY_ORDER - 9, properties.enabled());
    }

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(RateLimitProperties properties,
            PostgreSQLSelectForUpdateBasedProxyManager<String> buckets, MeterRegistry meters) {
        var filter = new ApiRateLimitFilter(new RateLimiter(buckets), responses(properties, meters), properties);
        return registration(filter, SECURITY_ORDER + 10, properties.enabled());
    }

    private static RateLimitResponses responses(RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimitResponses(properties.headers(), meters);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registration(F filter, int order, boolean enabled) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setEnabled(enabled);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    private static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
