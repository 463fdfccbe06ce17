package dev.pms.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The XSRF-TOKEN cookie as before (scripts read it and send it back as a header), but each token is signed
 * together with the session it was issued for: {@code nonce.HMAC(nonce|session id)}. A plain double-submit
 * cookie would stay valid across sign-in and sign-out; this one is refused as soon as the session changes
 * (sign-in changes the session id, sign-out ends it), and {@link CsrfTokens#rotate} issues the next one.
 */
final class SessionBoundCsrfTokenRepository implements CsrfTokenRepository {
    static final String KEY = "csrf";
    private final CookieCsrfTokenRepository cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();
    private final ServerSecrets secrets;

    SessionBoundCsrfTokenRepository(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        CsrfToken plain = cookies.generateToken(request);
        String nonce = secrets.randomId(16);
        return new DefaultCsrfToken(plain.getHeaderName(), plain.getParameterName(),
                nonce + "." + secrets.sign(KEY, nonce + "|" + binding(request)));
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        cookies.saveToken(token, request, response);
    }

    /** The cookie's token if it was issued for this request's session, else none (a new one is then issued). */
    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken token = cookies.loadToken(request);
        if (token == null) {
            return null;
        }
        String[] parts = token.getToken().split("\\.", 2);
        return parts.length == 2 && secrets.verify(KEY, parts[0] + "|" + binding(request), parts[1]) ? token : null;
    }

    /** Reading the session costs nothing extra: a request that carries a session cookie loads it to authenticate anyway. */
    private static String binding(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? "" : session.getId();
    }
}
