package dev.pms.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

/**
 * One log line per request (logger {@code pms.request}): method, route pattern, status, duration, request
 * id, user and workspace, also for a request refused before Spring MVC (a 401, a 429 from a rate limit). It names the route, never the raw URL, and no header, so that no token, password,
 * session id or cookie can reach the log. The request id is the caller's {@code X-Request-Id} when it is
 * short and plain (a load balancer's), otherwise a new one; it is returned and put in the MDC.
 */
class RequestLogFilter extends HttpFilter {
    static final String HEADER = "X-Request-Id";
    static final String USER_ATTRIBUTE = RequestLogFilter.class.getName() + ".user";
    private static final int MAX_ID_LENGTH = 100;
    private static final Logger log = LoggerFactory.getLogger("pms.request");
    private final Supplier<HandlerMapping> routes;

    /** @param routes Spring MVC's mapping, asked for the route of a request that a filter refused before it got there */
    RequestLogFilter(Supplier<HandlerMapping> routes) {
        this.routes = routes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
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

    /**
     * A new id is random, not secret (it only ties a request's lines together): from the thread's own generator, not
     * SecureRandom, whose lock and reads took 1.3 % of the CPU time of a small API call. Shaped as a UUID (version 4).
     */
    static String requestId(String offered) {
        if (offered != null && isPlain(offered)) {
            return offered;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    /**
     * An id written as it is: 1 to 100 letters, digits or {@code ._:=+/-}, so no space, quote or line break. Checked
     * character by character: a regular expression's matcher was 1 % of the CPU time of a small API call.
     */
    static boolean isPlain(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "._:=+/-".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ids go in the MDC (as on every other line), the request's own figures in key-value pairs. The message is
     * joined here, not from {@code {}} placeholders, which the logger would parse again for every line.
     */
    private void logLine(HttpServletRequest request, int status, long millis, String requestId) {
        String route = route(request, status);
        Object user = request.getAttribute(USER_ATTRIBUTE);
        String userId = user == null ? "-" : user.toString();
        String workspace = workspace(request);
        MDC.put(Mdc.USER_ID, userId);
        MDC.put(Mdc.WORKSPACE_ID, workspace);
        try {
            log.atInfo()
                    .addKeyValue("http.method", request.getMethod())
                    .addKeyValue("http.route", route)
                    .addKeyValue("http.status", status)
                    .addKeyValue("http.duration_ms", millis)
                    .log(request.getMethod() + " " + route + " " + status + " " + millis + "ms request=" + requestId
                            + " user=" + userId + " workspace=" + workspace);
        } finally {
            MDC.remove(Mdc.USER_ID);
            MDC.remove(Mdc.WORKSPACE_ID);
        }
    }

    /** Only refusals can have missed Spring MVC; a 2xx or 5xx without a pattern (a static file, a crash) stays "-". */
    private String route(HttpServletRequest request, int status) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null && status >= 400 && status < 500) {
            pattern = lookUp(request);
        }
        return pattern == null ? "-" : pattern.toString();
    }

    /** Matching the route sets the same attributes the dispatcher would have (pattern, path variables). */
    private Object lookUp(HttpServletRequest request) {
        try {
            ServletRequestPathUtils.parseAndCache(request);
            routes.get().getHandler(request);
        } catch (Exception noRoute) {
            return null; // e.g. a method the route does not take: the line says "-"
        }
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    }

    private static String workspace(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("workspaceId") instanceof String id) {
            return isPlain(id) ? id : "invalid";
        }
        return "-";
    }
}
