package dev.pms.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.server.RequestPath;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * Spring MVC's route lookup, cheaper. A path with a variable ({@code /tasks/{taskId}}) has no direct match, so
 * Spring MVC tries each of PMS's 200-odd routes in turn, and checks a route's method (and whether the request is a
 * CORS preflight) before its path: several calls per route through every request wrapper of Spring Security and
 * the filters. That was 16-18 % of the CPU time of one task by id (JFR, bench/api.sh). Here a route's path is
 * checked first, which rejects almost every route at once, and the parsed path is read once per lookup instead of
 * once per route. The result is the same: a route matches when all its conditions do, in whichever order. Then
 * only the routes whose literal segments the path has ({@link RouteIndex}) are tried at all: with 200-odd routes,
 * matching each pattern was still 14 % of the CPU time of one task by id.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RouteLookupConfig implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PathFirstMapping();
    }

    static final class PathFirstMapping extends RequestMappingHandlerMapping {
        /** Built once all routes are known; null (every route is tried) before, or after a route is added at run time. */
        private volatile RouteIndex<RequestMappingInfo> index;

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            PathPatternParser parser = getPatternParser();
            if (parser == null || !parser.isCaseSensitive()) {
                return; // the index compares segments as they are written
            }
            RouteIndex<RequestMappingInfo> built = new RouteIndex<>();
            handlerMethods.keySet().forEach(info -> built.add(info, info.getPatternValues()));
            index = built;
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            index = null;
            super.registerMapping(mapping, handler, method);
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            index = null;
            super.unregisterMapping(mapping);
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, new ParsedPathOnce(request, index));
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            if (request instanceof ParsedPathOnce once && once.candidates != null && !once.candidates.contains(info)) {
                return null;
            }
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }

    /**
     * The request with its parsed path (set before the lookup, never changed by it) held in a field, and the routes
     * that path may match (null: any).
     */
    private static final class ParsedPathOnce extends HttpServletRequestWrapper {
        private final Object path;
        private final Set<RequestMappingInfo> candidates;

        ParsedPathOnce(HttpServletRequest request, RouteIndex<RequestMappingInfo> index) {
            super(request);
            this.path = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            this.candidates = index != null && path instanceof RequestPath parsed ? index.candidates(parsed.pathWithinApplication()) : null;
        }

        @Override
        public Object getAttribute(String name) {
            return path != null && ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name) ? path : super.getAttribute(name);
        }
    }
}
