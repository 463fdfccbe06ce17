package dev.pms.platform.security;

import dev.pms.platform.web.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The filter chain of a script's call: {@code /api/} with {@code Authorization: Bearer}. Such a call carries everything
 * about its caller in that header, so it needs none of what a browser's session does: no session or security context
 * read from it, no CSRF token (a browser never sends the header by itself), no saved request, no anonymous caller, no
 * request wrapper for {@code isUserInRole}. What it keeps: the token check, the authorization (any authenticated
 * caller; the workspace roles are checked by {@code @RequiresPermission}), a 401 problem for a refusal, and the same
 * security headers as every other answer, written when the request starts rather than through a response wrapper.
 * Every other request, a bearer token on a page included, goes through {@link SecurityConfig}'s chain.
 */
@Configuration(proxyBeanMethods = false)
class TokenChainConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ConditionalOnWebApplication
    SecurityFilterChain tokenFilterChain(HttpSecurity http, TokenAuthenticator tokens) throws Exception {
        http
                .securityMatcher(BearerTokenFilter::isTokenCall)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AuthorizationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler((request, response, denied) -> ProblemWriter.write(response,
                                HttpStatus.FORBIDDEN, "forbidden", "The API token may not do this")))
                .headers(headers -> {
                    SecurityConfig.securityHeaders(headers);
                    headers.addObjectPostProcessor(writeHeadersAtOnce());
                });
        return http.build();
    }

    /** No API handler sets caching headers of its own, so the defaults may be written before it runs. */
    private static ObjectPostProcessor<HeaderWriterFilter> writeHeadersAtOnce() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }
}
