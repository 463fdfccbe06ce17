package dev.pms.platform.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * BCrypt reads only the first 72 bytes of a password and refuses longer ones, while PMS accepts up to
 * 128 characters (of up to 4 bytes each). Hashing with SHA-256 first gives BCrypt a fixed 44-byte input
 * that keeps all of the password's entropy (the scheme passlib calls bcrypt_sha256).
 */
final class BcryptSha256PasswordEncoder implements PasswordEncoder {
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    private static String prehash(CharSequence password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(password.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
