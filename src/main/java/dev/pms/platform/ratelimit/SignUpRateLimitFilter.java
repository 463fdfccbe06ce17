package dev.pms.platform.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * Counts sign-ups per client IP: sign-up answers alike for new and taken emails, and this keeps a script
 * from creating accounts, or probing addresses by signing in after, at any useful rate.
 */
class SignUpRateLimitFilter extends HttpFilter {
    private final RateLimiter limiter;
    private final RateLimitResponses responses;
    private final Quota byIp;

    SignUpRateLimitFilter(RateLimiter limiter, RateLimitResponses responses, RateLimitProperties.Policy policy) {
        this.limiter = limiter;
        this.responses = responses;
        this.byIp = Quota.of("sign-up-ip", "sign-ups per address", policy);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (byIp.match(request) == null
                || responses.apply(List.of(limiter.consume(byIp, "ip:" + request.getRemoteAddr())), request, response)) {
            chain.doFilter(request, response);
        }
    }
}
