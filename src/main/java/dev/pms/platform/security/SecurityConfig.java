package dev.pms.platform.security;

import dev.pms.platform.web.ProblemWriter;
import dev.pms.platform.web.page.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.HashMap;
import java.util.Map;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The filter chain of the pages and of the API called by a browser: the session cookie, with CSRF on writes (a bearer
 * token on /api/ has a chain of its own, {@link TokenChainConfig}; on a page it is refused here). Unauthenticated API
 * calls get a 401 problem; unauthenticated page requests go to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    /** Pages and files anyone may load: the sign-in and sign-up forms, an email's unsubscribe link (signed for its person) and the app's own scripts and styles. */
    private static final String[] PUBLIC_PAGES = {"/signin", "/signup", "/unsubscribe", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error"};
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain filterChain(HttpSecurity http, TokenAuthenticator tokens, CsrfTokenRepository csrfTokens) throws Exception {
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/health", "/api/health/**", "/api/docs/**", "/actuator/health/**").permitAll()
                        // actuator lives on the management port, bound to loopback (application.properties)
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
                        .requestMatchers("/api/v1/auth/signup", "/api/v1/auth/signin").permitAll()
                        .requestMatchers("/api/**", "/actuator/**").authenticated()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new CsrfTokenHandler())
                        .ignoringRequestMatchers(pathPattern("/api/v1/auth/signup"), pathPattern("/api/v1/auth/signin")))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .securityContext(ctx -> ctx.securityContextRepository(securityContextRepository()))
                // sessions as needed (the default policy, not set: setting any policy adds a filter that reads the
                // session, i.e. the database, on every request, health probes included); sign-in changes the
                // session id and saves the context itself
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler(SecurityConfig::denied))
                .headers(SecurityConfig::securityHeaders);
        return http.build();
    }

    /** Every answer's security headers, of pages and API alike (Spring Security's defaults and these). */
    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    /**
     * No observations of Spring Security's own steps: each of its filters would be wrapped in one on every request,
     * a measured 5 % of an API call's CPU, for spans nobody reads. Requests are still timed as a whole
     * ({@code http_server_requests_seconds}) and logged one line each.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Reached when CSRF fails: someone not signed in is told to sign in rather than about tokens. */
    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        if (!isApi(request)) {
            formExpired(request, response, anonymous);
        } else if (anonymous) {
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in or send a valid API token");
        } else {
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "csrf",
                    "Missing or invalid CSRF token (send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN)");
        }
    }

    /** A page form without a valid token: usually a tab left open across a sign-out or a restart. */
    private static void formExpired(HttpServletRequest request, HttpServletResponse response, boolean anonymous) throws IOException {
        if (anonymous && !Htmx.isHtmx(request)) {
            response.sendRedirect("/signin");
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><title>Form expired</title><h1>This form has expired</h1>"
                + "<p>Go back, reload the page and try again.</p><p><a href=\"/\">PMS home</a></p>");
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/api/") || uri.startsWith("/actuator/");
    }
}
