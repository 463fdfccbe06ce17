package dev.pms.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The CSRF token is deferred; touching it makes sure the XSRF-TOKEN cookie reaches the client before its first write.
 * Not for health probes: the token is bound to the session, and reading the session needs the database, which a
 * probe must be able to report as down. Nor for API calls with a token, which CSRF does not concern: making them a
 * token they never send back cost a random nonce, an HMAC and a Set-Cookie header on every call.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/health")
                || BearerTokenFilter.hasBearer(request) && BearerTokenFilter.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
