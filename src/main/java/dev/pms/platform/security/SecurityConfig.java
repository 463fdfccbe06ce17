package dev.pms.platform.security;

import dev.pms.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * One filter chain: the session cookie (with CSRF on writes) or a bearer token (no CSRF: a browser never
 * sends it by itself). Unauthenticated API calls get a 401 problem; unauthenticated page requests go to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    /** Pages and files anyone may load: the sign-in and sign-up forms and the app's own scripts and styles. */
    private static final String[] PUBLIC_PAGES = {"/signin", "/signup", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error"};
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, TokenAuthenticator tokens) throws Exception {
        RequestMatcher bearer = BearerTokenFilter::hasBearer;
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/health", "/api/health/**", "/api/docs/**", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/v1/auth/signup", "/api/v1/auth/signin").permitAll()
                        .requestMatchers("/api/**", "/actuator/**").authenticated()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(bearer)
                        .ignoringRequestMatchers(pathPattern("/api/v1/auth/signup"), pathPattern("/api/v1/auth/signin")))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .securityContext(ctx -> ctx.securityContextRepository(securityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(new SignInEntryPoint())
                        .accessDeniedHandler(SecurityConfig::refuseForgery))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** A write without a valid CSRF token: a problem for the API, a page telling people to reload for pages. */
    private static void refuseForgery(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (isApi(request)) {
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "csrf", "Missing or invalid CSRF token (send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN)");
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><title>Form expired</title><h1>This form has expired</h1>"
                + "<p>Go back, reload the page and try again.</p><p><a href=\"/\">PMS home</a></p>");
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt-sha256", new BcryptSha256PasswordEncoder());
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("bcrypt-sha256", encoders);
        delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return delegating;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/api/") || uri.startsWith("/actuator/");
    }
}
