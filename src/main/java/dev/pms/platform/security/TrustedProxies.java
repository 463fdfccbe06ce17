package dev.pms.platform.security;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.List;

/**
 * The proxies whose X-Forwarded-For PMS believes ({@code PMS_TRUSTED_PROXIES}: addresses and CIDR blocks).
 * The client is the right-most address of the header that is not itself a trusted proxy: every proxy appends
 * the address it saw, so anything left of that may have been written by the client.
 */
final class TrustedProxies {
    private final List<IpAddressMatcher> proxies;

    TrustedProxies(List<String> addresses) {
        this.proxies = addresses.stream().map(String::trim).filter(a -> !a.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    boolean isEmpty() {
        return proxies.isEmpty();
    }

    boolean trusts(String address) {
        try {
            return proxies.stream().anyMatch(p -> p.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** The client's address: the socket's unless that is a trusted proxy which names one. */
    String client(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !trusts(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = strip(hops[i].trim());
            if (!isAddress(hop)) {
                return remoteAddress; // a mangled header names nobody: count the proxy itself
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    private static String strip(String hop) {
        return hop.startsWith("[") && hop.endsWith("]") ? hop.substring(1, hop.length() - 1) : hop;
    }

    private static boolean isAddress(String hop) {
        return !hop.isEmpty() && hop.length() <= 45 && hop.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }
}
