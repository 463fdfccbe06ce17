package dev.pms.account;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as listed: never its secret, which is shown once at creation. {@code expiresAt} is null for no end. */
public record ApiToken(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
}
