package dev.pms.account;

import java.util.UUID;

/** A personal API token was revoked by its owner. */
public record ApiTokenRevoked(UUID userId, UUID tokenId) {
}
