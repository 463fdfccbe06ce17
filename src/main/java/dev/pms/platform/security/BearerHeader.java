package dev.pms.platform.security;

/** The {@code Authorization: Bearer <token>} header, read the same way by authentication and by the rate limits. */
public final class BearerHeader {
    private static final String PREFIX = "Bearer ";

    private BearerHeader() {
    }

    /** Whether the header's value names a bearer token (the scheme is case-insensitive, RFC 9110 §11.1). */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The token of a value for which {@link #isBearer} holds. */
    public static String token(String authorization) {
        return authorization.substring(PREFIX.length()).trim();
    }
}
