package dev.pms.account;

import dev.pms.platform.ratelimit.SignInThrottle;
import dev.pms.platform.security.AuthenticatedUser;
import dev.pms.platform.security.CsrfTokens;
import dev.pms.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/** Signs people in and out of the browser session; the JSON API and the sign-in page share it. */
@Service
public class SessionService {
    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contextRepository;
    private final SignInThrottle throttle;
    private final CsrfTokens csrfTokens;
    private final ApplicationEventPublisher events;

    SessionService(AuthenticationManager authenticationManager, SecurityContextRepository contextRepository,
                   SignInThrottle throttle, CsrfTokens csrfTokens, ApplicationEventPublisher events) {
        this.authenticationManager = authenticationManager;
        this.contextRepository = contextRepository;
        this.throttle = throttle;
        this.csrfTokens = csrfTokens;
        this.events = events;
    }

    /**
     * Checks the credentials, unless the account (or this browser) must wait after failed attempts (429), and
     * stores the authentication in the session, under a new session id (no fixation) with a new CSRF token.
     */
    public AuthenticatedUser signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        SignInThrottle.Attempt attempt = throttle.begin(email, request);
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email.trim(), password));
        } catch (AuthenticationException e) {
            // one answer for an unknown email and a wrong password: PMS does not reveal who has an account
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials", "Email or password is wrong.");
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        csrfTokens.rotate(request, response);
        throttle.succeeded(attempt, request, response);
        return (AuthenticatedUser) authentication.getPrincipal();
    }

    /** Ends the session; the CSRF token that went with it goes too. */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof AuthenticatedUser) {
            events.publishEvent(new LogoutSuccessEvent(signedIn));
        }
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        csrfTokens.rotate(request, response);
    }
}
