package dev.pms.platform.observability;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.function.Supplier;

/**
 * The request line wraps everything but the metrics filter (so that even a 503 from a missing database
 * or a 401 from Spring Security is logged); the user is noted just behind Spring Security (order -100).
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfig implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter(BeanFactory beans) {
        Supplier<HandlerMapping> routes = () -> beans.getBean("requestMappingHandlerMapping", HandlerMapping.class);
        var registration = new FilterRegistrationBean<>(new RequestLogFilter(routes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestUserFilter> requestUserFilter() {
        var registration = new FilterRegistrationBean<>(new RequestUserFilter());
        registration.setOrder(-95);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WorkspaceMdcInterceptor());
    }
}
