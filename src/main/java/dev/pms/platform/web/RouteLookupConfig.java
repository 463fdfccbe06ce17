package dev.pms.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's route lookup, cheaper. A path with a variable ({@code /tasks/{taskId}}) has no direct match, so
 * Spring MVC tries each of PMS's 200-odd routes in turn, and checks a route's method (and whether the request is a
 * CORS preflight) before its path: several calls per route through every request wrapper of Spring Security and
 * the filters. That was 16-18 % of the CPU time of one task by id (JFR, bench/api.sh). Here a route's path is
 * checked first, which rejects almost every route at once, and the parsed path is read once per lookup instead of
 * once per route. The result is the same: a route matches when all its conditions do, in whichever order.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RouteLookupConfig implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PathFirstMapping();
    }

    static final class PathFirstMapping extends RequestMappingHandlerMapping {
        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, new ParsedPathOnce(request));
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }

    /** The request with its parsed path (set before the lookup, never changed by it) held in a field. */
    private static final class ParsedPathOnce extends HttpServletRequestWrapper {
        private final Object path;

        ParsedPathOnce(HttpServletRequest request) {
            super(request);
            this.path = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        }

        @Override
        public Object getAttribute(String name) {
            return path != null && ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name) ? path : super.getAttribute(name);
        }
    }
}
