package dev.pms.platform.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts sign-in attempts per client IP and per account before any password is checked, so that a
 * guesser is stopped even when a guess is right. It runs ahead of Spring Security, where a form login
 * would be handled. The IP is the socket's, or the proxy's client address once forwarded headers are
 * trusted ({@code server.forward-headers-strategy}).
 */
class SignInRateLimitFilter extends OncePerRequestFilter {
    private final RateLimiter limiter;
    private final RateLimitResponses responses;
    private final Quota byIp;
    private final Quota byAccount;

    SignInRateLimitFilter(RateLimiter limiter, RateLimitResponses responses, RateLimitProperties.Policy policy) {
        this.limiter = limiter;
        this.responses = responses;
        this.byIp = Quota.of("sign-in-ip", policy);
        this.byAccount = Quota.of("sign-in-account", policy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (byIp.match(request) == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest buffered = SignInEmail.buffer(request);
        List<Decision> decisions = new ArrayList<>();
        decisions.add(limiter.consume(byIp, "ip:" + request.getRemoteAddr()));
        String account = SignInEmail.of(buffered);
        if (decisions.getFirst().allowed() && account != null) {
            decisions.add(limiter.consume(byAccount, "account:" + account));
        }
        if (responses.apply(decisions, response)) {
            chain.doFilter(buffered, response);
        }
    }
}
