package dev.pms.platform.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The client's address as every later filter (request log, rate limits) and handler sees it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxyProperties.class)
class ProxyConfig {

    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(TrustedProxyProperties properties) {
        var registration = new FilterRegistrationBean<>(new ClientAddressFilter(new TrustedProxies(properties.trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
