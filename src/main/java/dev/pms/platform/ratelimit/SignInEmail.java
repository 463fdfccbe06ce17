package dev.pms.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The account a sign-in attempt is for, as the limits know it: a hash of the email, never the email. */
final class SignInEmail {

    private SignInEmail() {
    }

    /** SHA-256 of the email as typed, trimmed and in lower case. */
    static String hash(String email) {
        String normal = email.trim().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
