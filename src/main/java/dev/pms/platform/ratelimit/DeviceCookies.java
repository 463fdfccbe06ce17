package dev.pms.platform.ratelimit;

import dev.pms.platform.security.ServerSecrets;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.Optional;

/**
 * The browser-remembers-you cookie of OWASP's "device cookie" pattern: set at a successful sign-in, it names a
 * random device and is signed together with the account (hash of its email), so it vouches for that browser and
 * that account only. It carries no session and no secret of the user's.
 */
final class DeviceCookies {
    static final String NAME = "PMS_DEVICE";
    private static final String KEY = "device-cookie";
    private final ServerSecrets secrets;
    private final Duration lifetime;

    DeviceCookies(ServerSecrets secrets, Duration lifetime) {
        this.secrets = secrets;
        this.lifetime = lifetime;
    }

    /** The device id, if the request carries a genuine device cookie for this account. */
    Optional<String> deviceFor(HttpServletRequest request, String account) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            String[] parts = NAME.equals(cookie.getName()) ? cookie.getValue().split("\\.", 2) : new String[0];
            if (parts.length == 2 && secrets.verify(KEY, parts[0] + "|" + account, parts[1])) {
                return Optional.of(parts[0]);
            }
        }
        return Optional.empty();
    }

    /** Remembers this browser for the account (keeping its device id if it had one) for another lifetime. */
    void issue(HttpServletRequest request, HttpServletResponse response, String account, String deviceId) {
        String device = deviceId != null ? deviceId : secrets.randomId(16);
        ResponseCookie cookie = ResponseCookie.from(NAME, device + "." + secrets.sign(KEY, device + "|" + account))
                .httpOnly(true).secure(request.isSecure()).sameSite("Strict").path("/").maxAge(lifetime).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
