package dev.pms.platform.ratelimit;

import dev.pms.platform.security.BearerHeader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts refused API tokens per client IP, ahead of Spring Security: once an address has sent too many unknown,
 * expired or revoked tokens, its token requests get 429 without being looked up. The shared budget is read only
 * for addresses whose tokens failed on this node within the window, so a good token costs no query here; an
 * address that moves on to another node gets one more try there before that node reads the budget too.
 */
class TokenFailureFilter extends HttpFilter {
    private static final int MAX_REMEMBERED = 100_000;
    private final RateLimiter limiter;
    private final RateLimitResponses responses;
    private final Quota failures;
    /** Address → when its token last failed here (nanoTime); bounded, since addresses are cheap to make up. */
    private final Map<String, Long> failedHere = new ConcurrentHashMap<>();

    TokenFailureFilter(RateLimiter limiter, RateLimitResponses responses, RateLimitProperties.Policy policy) {
        this.limiter = limiter;
        this.responses = responses;
        this.failures = Quota.of("token-failures", "failed API tokens per address", policy);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!BearerHeader.isBearer(authorization) || failures.match(request) == null) {
            chain.doFilter(request, response);
            return;
        }
        String subject = "ip:" + request.getRemoteAddr();
        if (failedHereRecently(subject)) {
            Decision budget = limiter.peek(failures, subject);
            if (!budget.allowed()) {
                responses.apply(List.of(budget), request, response);
                return;
            }
        }
        chain.doFilter(request, new HeldUnauthorized(response));
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            limiter.consume(failures, subject);
            remember(subject);
        }
    }

    private boolean failedHereRecently(String subject) {
        Long at = failedHere.get(subject);
        if (at != null && System.nanoTime() - at > windowNanos()) {
            failedHere.remove(subject, at);
            return false;
        }
        return at != null;
    }

    private void remember(String subject) {
        if (failedHere.size() >= MAX_REMEMBERED) {
            long now = System.nanoTime();
            failedHere.values().removeIf(at -> now - at > windowNanos());
            if (failedHere.size() >= MAX_REMEMBERED) {
                failedHere.clear(); // a flood of made-up addresses: each then gets one more try before its budget is read
            }
        }
        failedHere.put(subject, System.nanoTime());
    }

    private long windowNanos() {
        return TimeUnit.SECONDS.toNanos(failures.windowSeconds());
    }
}
