package dev.pms.platform.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Counts refused API tokens per client IP, ahead of Spring Security: once an address has sent too many unknown,
 * expired or revoked tokens, its token requests get 429 without being looked up. Good tokens cost nothing here
 * beyond a look at the address's budget.
 */
class TokenFailureFilter extends OncePerRequestFilter {
    private final RateLimiter limiter;
    private final RateLimitResponses responses;
    private final Quota failures;

    TokenFailureFilter(RateLimiter limiter, RateLimitResponses responses, RateLimitProperties.Policy policy) {
        this.limiter = limiter;
        this.responses = responses;
        this.failures = Quota.of("token-failures", "failed API tokens per address", policy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || failures.match(request) == null) {
            chain.doFilter(request, response);
            return;
        }
        String subject = "ip:" + request.getRemoteAddr();
        Decision budget = limiter.peek(failures, subject);
        if (!budget.allowed()) {
            responses.apply(List.of(budget), request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            limiter.consume(failures, subject);
        }
    }
}
