package dev.pms.platform.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * Counts sign-in attempts per client address before anything else is done with them, so that one machine
 * cannot spray guesses over many accounts. It runs ahead of Spring Security. The address is the socket's, or
 * the client's as named by a trusted proxy (platform.security.ClientAddressFilter). The per-account delays,
 * which must know whether the browser signed in before, are {@link SignInThrottle}'s.
 */
class SignInRateLimitFilter extends HttpFilter {
    private final RateLimiter limiter;
    private final RateLimitResponses responses;
    private final Quota byIp;

    SignInRateLimitFilter(RateLimiter limiter, RateLimitResponses responses, RateLimitProperties.Policy policy) {
        this.limiter = limiter;
        this.responses = responses;
        this.byIp = Quota.of("sign-in-ip", "sign-in per address", policy);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Quota.Route route = byIp.match(request);
        if (route == null) {
            chain.doFilter(request, response);
            return;
        }
        Decision decision = limiter.consume(byIp, "ip:" + request.getRemoteAddr());
        if (responses.apply(List.of(decision), request, response)) {
            chain.doFilter(request, response);
        }
    }
}
