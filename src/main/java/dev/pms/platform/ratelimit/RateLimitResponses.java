package dev.pms.platform.ratelimit;

import dev.pms.platform.web.ProblemWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the client where it stands: the RateLimit header fields on every limited response, and a 429
 * problem with Retry-After (never earlier than the reset) when a quota is used up.
 */
class RateLimitResponses {
    private final RateLimitProperties.HeaderStyle style;
    private final MeterRegistry meters;

    RateLimitResponses(RateLimitProperties.HeaderStyle style, MeterRegistry meters) {
        this.style = style;
        this.meters = meters;
    }

    /** Writes the headers; on a refusal also the 429 answer, and returns false: the request must stop here. */
    boolean apply(List<Decision> decisions, HttpServletResponse response) throws IOException {
        return apply(decisions, null, response);
    }

    /** As above; a browser's page request (not /api) gets its refusal as a short HTML page. */
    boolean apply(List<Decision> decisions, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (decisions.isEmpty()) {
            return true;
        }
        if (style == RateLimitProperties.HeaderStyle.STRUCTURED) {
            structured(decisions, response);
        } else {
            draft6(closestToLimit(decisions), response);
        }
        Decision refused = decisions.stream().filter(d -> !d.allowed()).findFirst().orElse(null);
        if (refused == null) {
            return true;
        }
        refusals(refused.quota()).increment();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        Quota quota = refused.quota();
        String detail = "Too many requests (policy: " + quota.description() + ", " + quota.capacity() + " per "
                + quota.windowSeconds() + " s); try again in " + refused.retryAfterSeconds() + " s";
        if (isPage(request)) {
            page(response, detail);
        } else {
            ProblemWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", detail, Map.of("policy", quota.description()));
        }
        return false;
    }

    private static boolean isPage(HttpServletRequest request) {
        String accept = request == null ? null : request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html") && !request.getRequestURI().startsWith("/api/");
    }

    /** The detail holds only quota names and numbers, nothing the client sent, so it needs no escaping. */
    private static void page(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many requests"
                + " - PMS</title></head><body><main><h1>Too many requests</h1><p>" + detail
                + "</p><p><a href=\"/\">Back to PMS</a></p></main></body></html>");
    }

    /** Draft 6 describes one quota: the one that is refused, or else the one with the fewest requests left. */
    private static Decision closestToLimit(List<Decision> decisions) {
        return decisions.stream()
                .min(Comparator.comparing(Decision::allowed).thenComparingLong(Decision::remaining))
                .orElseThrow();
    }

    private static void draft6(Decision d, HttpServletResponse response) {
        response.setHeader("RateLimit-Limit", Long.toString(d.quota().capacity()));
        response.setHeader("RateLimit-Remaining", Long.toString(d.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(d.resetSeconds()));
        response.setHeader("RateLimit-Policy", d.quota().capacity() + ";w=" + d.quota().windowSeconds());
    }

    /** The current draft's structured fields name each quota, so all of them fit in one field each. */
    private static void structured(List<Decision> decisions, HttpServletResponse response) {
        response.setHeader("RateLimit-Policy", decisions.stream()
                .map(d -> "\"" + d.quota().name() + "\";q=" + d.quota().capacity() + ";w=" + d.quota().windowSeconds())
                .collect(Collectors.joining(", ")));
        response.setHeader("RateLimit", decisions.stream()
                .map(d -> "\"" + d.quota().name() + "\";r=" + d.remaining() + ";t=" + d.resetSeconds())
                .collect(Collectors.joining(", ")));
    }

    private Counter refusals(Quota quota) {
        return Counter.builder("pms.ratelimit.refusals").description("Requests refused with 429 by a rate limit")
                .tag("quota", quota.name()).register(meters);
    }
}
