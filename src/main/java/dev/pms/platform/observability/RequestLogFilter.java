package dev.pms.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One log line per request (logger {@code pms.request}): method, route pattern, status, duration, request
 * id, user and workspace. It names the route, never the raw URL, and no header, so that no token, password,
 * session id or cookie can reach the log. The request id is the caller's {@code X-Request-Id} when it is
 * short and plain (a load balancer's), otherwise a new one; it is returned and put in the MDC.
 */
class RequestLogFilter extends OncePerRequestFilter {
    static final String HEADER = "X-Request-Id";
    static final String USER_ATTRIBUTE = RequestLogFilter.class.getName() + ".user";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:=+/-]{1,100}");
    private static final Logger log = LoggerFactory.getLogger("pms.request");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request.getHeader(HEADER));
        response.setHeader(HEADER, requestId);
        MDC.put(Mdc.REQUEST_ID, requestId);
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (log.isInfoEnabled()) {
                logLine(request, failed ? 500 : response.getStatus(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), requestId);
            }
            MDC.remove(Mdc.REQUEST_ID);
        }
    }

    static String requestId(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private static void logLine(HttpServletRequest request, int status, long millis, String requestId) {
        String route = route(request);
        Object user = request.getAttribute(USER_ATTRIBUTE);
        String workspace = workspace(request);
        log.atInfo()
                .addKeyValue("http.method", request.getMethod())
                .addKeyValue("http.route", route)
                .addKeyValue("http.status", status)
                .addKeyValue("duration_ms", millis)
                .addKeyValue("request_id", requestId)
                .addKeyValue("user_id", user == null ? "-" : user.toString())
                .addKeyValue("workspace_id", workspace)
                .log("{} {} {} {}ms request={} user={} workspace={}", request.getMethod(), route, status, millis,
                        requestId, user == null ? "-" : user, workspace);
    }

    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "-" : pattern.toString();
    }

    private static String workspace(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("workspaceId") instanceof String id) {
            return SANE.matcher(id).matches() ? id : "invalid";
        }
        return "-";
    }
}
