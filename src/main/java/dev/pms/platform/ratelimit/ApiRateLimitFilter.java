package dev.pms.platform.ratelimit;

import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.security.BearerHeader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Counts the calls of signed-in clients once Spring Security knows who they are: uploads per user, and
 * API calls per user (session) or per token, so that a script's token cannot starve its owner's browser.
 */
class ApiRateLimitFilter extends HttpFilter {
    private final RateLimiter limiter;
    private final RateLimitResponses responses;
    private final Quota upload;
    private final Quota api;

    ApiRateLimitFilter(RateLimiter limiter, RateLimitResponses responses, RateLimitProperties properties) {
        this.limiter = limiter;
        this.responses = responses;
        this.upload = Quota.of("upload", "uploads per user", properties.upload());
        this.api = Quota.of("api", "API calls per user or token", properties.api());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean isUpload = upload.match(request) != null;
        boolean isApi = api.match(request) != null;
        // only then ask who is calling: that may load the session from the database
        AuthenticatedUser user = isUpload || isApi ? currentUser() : null;
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        List<Decision> decisions = new ArrayList<>();
        if (isUpload) {
            decisions.add(limiter.consume(upload, "user:" + user.id()));
        }
        if (isApi && (decisions.isEmpty() || decisions.getFirst().allowed())) {
            decisions.add(limiter.consume(api, caller(request, user)));
        }
        if (responses.apply(decisions, request, response)) {
            chain.doFilter(request, response);
        }
    }

    private static AuthenticatedUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user ? user : null;
    }

    /** A token has a budget of its own; the key holds a digest of it, never the token. */
    private static String caller(HttpServletRequest request, AuthenticatedUser user) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (BearerHeader.isBearer(authorization)) {
            return "token:" + digest(BearerHeader.token(authorization));
        }
        return "user:" + user.id();
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
