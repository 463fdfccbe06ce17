package dev.pms.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served, as the rate limits count it: the request's remote
 * address, which is the socket's or, once forwarded headers are trusted, the proxy's client address. Null outside
 * a request (a job).
 */
final class ClientAddress {
    private static final int MAX = 64;

    private ClientAddress() {
    }

    static String current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String address = request.getRemoteAddr();
        return address == null || address.length() <= MAX ? address : address.substring(0, MAX);
    }
}
