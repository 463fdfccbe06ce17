package dev.pms.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** Where CSRF tokens come from; {@link SecurityConfig} checks them. */
@Configuration(proxyBeanMethods = false)
class CsrfConfig {

    @Bean
    CsrfTokenRepository csrfTokenRepository(ServerSecrets secrets) {
        return new SessionBoundCsrfTokenRepository(secrets);
    }

    @Bean
    CsrfTokens csrfTokens(CsrfTokenRepository csrfTokenRepository) {
        return new CsrfTokens(csrfTokenRepository);
    }
}
