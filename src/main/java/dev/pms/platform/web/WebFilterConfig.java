package dev.pms.platform.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the 503 guard ahead of the session filter (order MIN_VALUE + 50) and the body size limit, which is the first to need the database. */
@Configuration(proxyBeanMethods = false)
class WebFilterConfig {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
