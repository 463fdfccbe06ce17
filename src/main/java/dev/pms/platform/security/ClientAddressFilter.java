package dev.pms.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Runs first: a request relayed by a trusted proxy is seen with the client's address (and https when the proxy
 * says so in X-Forwarded-Proto); from anyone else those headers are ignored, so a client that reaches a node
 * directly cannot pick the address the per-IP limits count.
 */
final class ClientAddressFilter extends HttpFilter {
    private final TrustedProxies proxies;

    ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty() || !proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        boolean https = "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }

            @Override
            public boolean isSecure() {
                return https || super.isSecure();
            }

            @Override
            public String getScheme() {
                return https ? "https" : super.getScheme();
            }
        }, response);
    }
}
