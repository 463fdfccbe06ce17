package dev.pms.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys kept in PostgreSQL so that every node signs and checks with the same one: the first node to need a key
 * makes it, the others read it. Each node keeps the keys it has read in memory.
 */
@Component
public class ServerSecrets {
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    ServerSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** HMAC-SHA256 of the value under the named key, as unpadded base64url, cut to 128 bits (enough for a tag). */
    public String sign(String keyName, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(keyName), "HmacSHA256"));
            byte[] tag = Arrays.copyOf(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 16);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so that a forger learns nothing from how long a refusal takes. */
    public boolean verify(String keyName, String value, String tag) {
        return tag != null && java.security.MessageDigest.isEqual(
                sign(keyName, value).getBytes(StandardCharsets.US_ASCII), tag.getBytes(StandardCharsets.US_ASCII));
    }

    /** A random, unpadded base64url string of the given number of bytes (device ids, nonces). */
    public String randomId(int bytes) {
        byte[] id = new byte[bytes];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private byte[] key(String name) {
        return keys.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        jdbc.sql("insert into server_secrets (name, secret) values (:name, :secret) on conflict (name) do nothing")
                .param("name", name).param("secret", candidate).update();
        return jdbc.sql("select secret from server_secrets where name = :name").param("name", name).query(byte[].class).single();
    }
}
