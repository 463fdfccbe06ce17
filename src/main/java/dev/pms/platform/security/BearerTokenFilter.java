package dev.pms.platform.security;

import dev.pms.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticates {@code Authorization: Bearer <token>} for this request only; a bad token is a 401, never a fallback.
 * Tokens are for scripts: they open /api/ only, never the browser pages. Under {@code /api/v1/workspaces/{id}} the
 * token's statement also reads its owner's role there ({@link PreloadedRole}), so the access check needs no second one.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private final TokenAuthenticator tokens;

    BearerTokenFilter(TokenAuthenticator tokens) {
        this.tokens = tokens;
    }

    static boolean hasBearer(HttpServletRequest request) {
        return BearerHeader.isBearer(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    /** A script's call: a bearer token on /api/, which {@link TokenChainConfig}'s chain alone serves. */
    static boolean isTokenCall(HttpServletRequest request) {
        return hasBearer(request) && isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // read once: each read of a header through Spring Security's firewall checks its value again
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!BearerHeader.isBearer(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        if (!isApi(request)) {
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "token-not-for-pages",
                    "API tokens open /api/ only; sign in to use the pages");
            return;
        }
        String token = BearerHeader.token(authorization);
        UUID workspaceId = PreloadedRole.workspaceOf(request.getRequestURI());
        Optional<TokenAuthenticator.TokenHolder> holder = tokens.authenticate(token, workspaceId);
        if (holder.isEmpty()) {
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "invalid-token", "The API token is unknown, expired or revoked");
            return;
        }
        AuthenticatedUser user = holder.get().user();
        if (workspaceId != null) {
            new PreloadedRole(workspaceId, user.id(), holder.get().workspaceRole()).attachTo(request);
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
