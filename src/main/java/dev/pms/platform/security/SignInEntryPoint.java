package dev.pms.platform.security;

import dev.pms.platform.web.ProblemWriter;
import dev.pms.platform.web.page.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;

/**
 * Someone not signed in: the API answers 401 problem details; a page sends the browser to the sign-in
 * form, which brings them back afterwards (htmx is told to do that redirect itself).
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (SecurityConfig.isApi(request)) {
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in or send a valid API token");
            return;
        }
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", "/signin");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/signin");
        if ("GET".equals(request.getMethod()) && !"/".equals(request.getRequestURI())) {
            String query = request.getQueryString();
            target.queryParam("next", request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        response.sendRedirect(target.encode().build().toUriString());
    }
}
