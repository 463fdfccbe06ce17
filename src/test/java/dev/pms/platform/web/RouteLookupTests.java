package dev.pms.platform.web;

import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PMS's route lookup (path first, RouteLookupConfig) finds for every route what Spring MVC's own lookup finds: the
 * same handler, or the same refusal (wrong method, unknown path), for a request to each route's path and for
 * each of its methods and the others.
 */
class RouteLookupTests extends IntegrationTest {
    private static final String ID = "0190a5c4-0000-7000-8000-000000000001";
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;
    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteIsFoundAsSpringMvcFindsIt() {
        assertThat(routes).isInstanceOf(RouteLookupConfig.PathFirstMapping.class);
        RequestMappingHandlerMapping reference = new RequestMappingHandlerMapping();
        reference.setApplicationContext(context);
        reference.setEmbeddedValueResolver(new EmbeddedValueResolver(((ConfigurableApplicationContext) context).getBeanFactory()));
        reference.setContentNegotiationManager(routes.getContentNegotiationManager());
        reference.setPathPrefixes(routes.getPathPrefixes());
        reference.afterPropertiesSet();
        List<String> compared = new ArrayList<>();
        for (RequestMappingInfo info : routes.getHandlerMethods().keySet()) {
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                String path = pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", ID);
                for (String method : List.of("GET", "POST", "PATCH", "DELETE", "OPTIONS")) {
                    assertThat(found(routes, method, path)).as(method + " " + path).isEqualTo(found(reference, method, path));
                    compared.add(method + " " + path);
                }
            }
        }
        for (String path : Set.of("/nowhere", "/api/v1/nowhere", "/api/v1/workspaces/" + ID + "/nowhere/" + ID,
                "/api/v1/workspaces/" + ID + "/tasks/", "/api/v1//me", "//api/v1/me", "/api/v1/me;a=b",
                "/api/v1/workspaces/" + ID + "/tasks/a%2Fb", "/api/v1/workspaces/tasks/tasks/tasks", "/", "/css/app.css")) {
            assertThat(found(routes, "GET", path)).isEqualTo(found(reference, "GET", path));
        }
        assertThat(compared).hasSizeGreaterThan(500);
    }

    /** The handler method, else the refusal's class, and the route pattern the lookup noted on the request. */
    private static String found(RequestMappingHandlerMapping mapping, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "application/json");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return (chain == null ? "none" : chain.getHandler().toString()) + " "
                    + request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }
}
