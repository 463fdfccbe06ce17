package dev.pms.platform.web.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.time.Duration;

/**
 * The app's scripts and styles and the WebJars (htmx, SortableJS) under URLs that carry a hash of their content
 * (app-3f2a….css), so that a browser may keep them for a year without asking again: a changed file gets a new URL.
 * Pages print these URLs through {@link Assets}. Registered before Spring Boot's own handlers, which then leave
 * these paths alone; Spring Boot's catch-all handler still serves anything else and answers unknown addresses.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticFilesConfig implements WebMvcConfigurer {
    /** Set on every static answer, so Spring Security's default no-cache headers stay away (it writes them only when none are set). */
    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        fingerprinted(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"), false);
        fingerprinted(registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/"), false);
        fingerprinted(registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/"), true);
    }

    private static void fingerprinted(ResourceHandlerRegistration registration, boolean webjars) {
        var chain = registration.setCacheControl(IMMUTABLE).resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        if (webjars) {
            // /webjars/htmx.org/dist/htmx.min.js finds the one version on the class path, so the layout names no version
            chain.addResolver(new LiteWebJarsResourceResolver());
        }
    }
}
