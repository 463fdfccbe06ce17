package dev.pms.account;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as listed: never its secret, which is shown once at creation. */
public record ApiToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
