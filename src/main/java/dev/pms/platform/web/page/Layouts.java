package dev.pms.platform.web.page;

import dev.pms.platform.security.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/** Builds the {@link Layout} of the current request: page controllers pass a title and, inside a workspace, its navigation. */
public final class Layouts {
    private Layouts() {
    }

    public static Layout of(String title, Layout.Nav nav) {
        HttpServletRequest request = currentRequest();
        return new Layout(title, currentUser().map(AuthenticatedUser::name).orElse(null), csrf(request), nav, Assets.of(request));
    }

    public static Layout of(String title) {
        return of(title, null);
    }

    public static Optional<AuthenticatedUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                ? Optional.of(user) : Optional.empty();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    private static Layout.Csrf csrf(HttpServletRequest request) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken masked)) {
            return new Layout.Csrf("_csrf", "", "X-XSRF-TOKEN", "");
        }
        // the header is compared with the cookie's raw token, the form field with a masked one (BREACH)
        String raw = request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred
                ? deferred.get().getToken() : "";
        return new Layout.Csrf(masked.getParameterName(), masked.getToken(), masked.getHeaderName(), raw);
    }
}
