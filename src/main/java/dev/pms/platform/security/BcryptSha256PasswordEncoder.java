package dev.pms.platform.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * BCrypt reads only the first 72 bytes of a password and refuses longer ones, while PMS accepts up to
 * 128 characters (of up to 4 bytes each). Hashing with SHA-256 first gives BCrypt a fixed 44-byte input
 * that keeps all of the password's entropy (the scheme passlib calls bcrypt_sha256).
 * <p>
 * A BCrypt check is ~0.1–0.2 s of pure CPU. Run on a request's virtual thread it pins a carrier thread for
 * that long, and with as many carriers as cores a burst of sign-ins starved every other request, even
 * those that only had to hand back a pooled connection (the capacity benchmark saw pool timeouts and
 * 500s). So hashing runs on its own platform threads, one per core, which the OS time-slices fairly
 * with the carriers; a burst of sign-ins then queues here instead of stalling everyone.
 */
final class BcryptSha256PasswordEncoder implements PasswordEncoder {
    private static final ExecutorService HASHING = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("password-hash-", 0).daemon().factory());
    private final BCryptPasswordEncoder bcrypt;

    BcryptSha256PasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return offload(() -> bcrypt.encode(prehash(rawPassword)));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return offload(() -> bcrypt.matches(prehash(rawPassword), encodedPassword));
    }

    private static <T> T offload(Supplier<T> work) {
        Future<T> result = HASHING.submit(work::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
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
