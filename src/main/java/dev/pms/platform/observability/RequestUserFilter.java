package dev.pms.platform.observability;

import dev.pms.platform.security.AuthenticatedUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;

/**
 * Runs right after Spring Security: notes who is calling for the request line (which is written after
 * Security has cleared its context) and puts the user id in the MDC for every line logged meanwhile.
 * Health probes are skipped: asking who calls may load the session from the database, and a probe must
 * answer within its timeout while the database is away.
 */
class RequestUserFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/api/health")) {
            chain.doFilter(request, response);
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AuthenticatedUser user)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(RequestLogFilter.USER_ATTRIBUTE, user.id());
        MDC.put(Mdc.USER_ID, user.id().toString());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(Mdc.USER_ID);
        }
    }
}
