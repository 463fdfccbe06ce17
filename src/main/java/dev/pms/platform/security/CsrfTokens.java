package dev.pms.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** Issues the next CSRF token when the session changes hands: at sign-in and at sign-out (ASVS V7). */
public final class CsrfTokens {
    private final CsrfTokenRepository repository;

    CsrfTokens(CsrfTokenRepository repository) {
        this.repository = repository;
    }

    /** Call after the session has changed: the new token is bound to the new session (or to none after sign-out). */
    public void rotate(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken next = repository.generateToken(request);
        repository.saveToken(next, request, response);
    }
}
