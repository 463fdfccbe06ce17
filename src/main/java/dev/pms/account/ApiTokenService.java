package dev.pms.account;

import dev.pms.platform.Ids;
import dev.pms.platform.security.TokenAuthenticator;
import dev.pms.platform.security.TokenAuthenticator.TokenHolder;
import dev.pms.platform.web.ProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens: 256 random bits, stored as their SHA-256 (a slow hash adds nothing against
 * guessing a random secret and would cost every API call).
 */
@Service
public class ApiTokenService implements TokenAuthenticator {
    private static final String PREFIX = "pms_";
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The new token with its secret, which is never retrievable again. */
    public record CreatedToken(ApiToken token, String secret) {
    }

    /** A token that stops working at {@code expiresAt} (null: never), which must lie in the future. */
    @Transactional
    public CreatedToken create(UUID userId, String name, Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw ProblemException.invalid("expiresAt", "must lie in the future");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + HexFormat.of().formatHex(bytes);
        ApiToken token = tokens.insert(Ids.next(), userId, name.trim(), hash(secret), expiresAt);
        events.publishEvent(new ApiTokenCreated(userId, token.id(), token.name()));
        return new CreatedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(UUID userId) {
        return tokens.list(userId);
    }

    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        if (!tokens.revoke(userId, tokenId)) {
            throw ProblemException.notFound("API token");
        }
        events.publishEvent(new ApiTokenRevoked(userId, tokenId));
    }

    /** One statement, so no transaction of its own: it sees the revocations committed before it, as the request's start. */
    @Override
    public Optional<TokenHolder> authenticate(String token, UUID workspaceId) {
        if (!token.startsWith(PREFIX) || token.length() != PREFIX.length() + 64) {
            return Optional.empty();
        }
        return tokens.use(hash(token), clock.instant(), workspaceId);
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
