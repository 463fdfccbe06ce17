package dev.pms.account;

import java.util.UUID;

/** A personal API token was made; the event carries its name, never its secret. */
public record ApiTokenCreated(UUID userId, UUID tokenId, String name) {
}
