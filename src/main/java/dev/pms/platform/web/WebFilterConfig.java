package dev.pms.platform.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The 503 guard, ahead of the session filter (order MIN_VALUE + 50, the first to need the database), the error
 * controller and the flash map manager.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not in the seed command, which serves nothing
class WebFilterConfig {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Replaces Spring Boot's error controller, which backs off when there is one. */
    @Bean
    ApiErrorController apiErrorController(ErrorAttributes attributes, WebProperties web,
                                          ObjectProvider<ErrorViewResolver> resolvers) {
        return new ApiErrorController(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    /** Found by its name by the DispatcherServlet. */
    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    PageFlashMapManager flashMapManager() {
        return new PageFlashMapManager();
    }
}
