package dev.pms.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.time.Duration;
import java.util.List;

/**
 * A named policy as enforced: how many requests per window, and which requests it counts.
 *
 * @param name        the key in bucket ids and in the RateLimit header fields
 * @param description the policy in words, as a refusal names it ("sign-in per address")
 */
record Quota(String name, String description, long capacity, Duration window, List<Route> routes) {

    static Quota of(String name, String description, RateLimitProperties.Policy policy) {
        return new Quota(name, description, policy.capacity(), policy.window(), policy.routes().stream().map(Route::parse).toList());
    }

    long windowSeconds() {
        return Math.max(1, window.toSeconds());
    }

    /** The route that matched, or null when the policy does not count this request. */
    Route match(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return routes.stream().filter(route -> route.matches(request.getMethod(), path)).findFirst().orElse(null);
    }

    /** {@code "POST /path/{var}"}, or a pattern alone for any method. */
    record Route(String method, PathPattern pattern) {
        static Route parse(String spec) {
            String[] parts = spec.trim().split("\\s+", 2);
            return parts.length == 2
                    ? new Route(parts[0].toUpperCase(), PathPatternParser.defaultInstance.parse(parts[1]))
                    : new Route(null, PathPatternParser.defaultInstance.parse(parts[0]));
        }

        boolean matches(String requestMethod, PathContainer path) {
            return (method == null || method.equals(requestMethod)) && pattern.matches(path);
        }
    }
}
