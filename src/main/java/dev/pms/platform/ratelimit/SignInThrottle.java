package dev.pms.platform.ratelimit;

import dev.pms.platform.db.ClusterOnce;
import dev.pms.platform.security.ServerSecrets;
import dev.pms.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Growing delays after failed sign-ins, per account, decided before the password is checked (ASVS V6.3,
 * NIST 800-63B §5.2.2). Each attempt is counted as a failure before it is evaluated, so that parallel guesses
 * wait too; a success wipes the count. A browser that signed in to the account before (device cookie) is
 * counted on its own instead, so a guesser elsewhere can never lock the owner out; a stolen device cookie meets
 * the same delays. The per-address limit stays in {@link SignInRateLimitFilter}.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
public class SignInThrottle {
    private final SignInThrottleRepository throttle;
    private final SignInProperties properties;
    private final DeviceCookies devices;
    private final Clock clock;
    private final ClusterOnce once;

    SignInThrottle(SignInThrottleRepository throttle, SignInProperties properties, ServerSecrets secrets,
                   ObjectProvider<Clock> clock, ClusterOnce once) {
        this.throttle = throttle;
        this.properties = properties;
        this.devices = new DeviceCookies(secrets, properties.deviceLifetime());
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.once = once;
    }

    /** An attempt that may go ahead: which count it is on, and for which account and device. */
    public record Attempt(String subject, String account, String device) {
    }

    /** Counts the attempt, or refuses it (429 with Retry-After) while its account or device has to wait. */
    @Transactional
    public Attempt begin(String email, HttpServletRequest request) {
        String account = SignInEmail.hash(email);
        Optional<String> device = devices.deviceFor(request, account);
        String subject = device.map(d -> "device:" + d).orElse("account:" + account);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it, or it would round up
        SignInThrottleRepository.Row row = throttle.lock(subject, now);
        if (row.notBefore().isAfter(now)) {
            throw refused(device.isPresent() ? "sign-in per device" : "sign-in per account", Duration.between(now, row.notBefore()));
        }
        int failures = row.lastAttempt().isBefore(now.minus(properties.forgetAfter())) ? 1 : row.failures() + 1;
        throttle.update(subject, failures, now.plus(properties.delayAfter(failures)), now);
        return new Attempt(subject, account, device.orElse(null));
    }

    /** The password was right: the count starts over and this browser is remembered for the account. */
    @Transactional
    public void succeeded(Attempt attempt, HttpServletRequest request, HttpServletResponse response) {
        throttle.forget(attempt.subject());
        devices.issue(request, response, attempt.account(), attempt.device());
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetIdle() {
        once.run("sign-in-throttle-cleaner", Duration.ofMinutes(10),
                () -> throttle.forgetIdleSince(clock.instant().minus(properties.forgetAfter())));
    }

    private static ProblemException refused(String policy, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ProblemException.tooManyRequests("rate-limited", "Too many failed sign-ins; try again in " + seconds
                + " s (policy: " + policy + ")", Duration.ofSeconds(seconds));
    }
}
