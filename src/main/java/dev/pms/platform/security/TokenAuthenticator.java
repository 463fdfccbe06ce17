package dev.pms.platform.security;

import java.util.Optional;
import java.util.UUID;

/** Resolves a personal API token to its owner; implemented by the account module, which stores tokens. */
public interface TokenAuthenticator {
    /**
     * The live token's owner and, when {@code workspaceId} is given, the owner's role in that workspace, read in the
     * same statement; empty when the token is unknown, expired or revoked.
     */
    Optional<TokenHolder> authenticate(String token, UUID workspaceId);

    /** A token's owner and their role in the workspace asked about (null: not a member, or none asked about). */
    record TokenHolder(AuthenticatedUser user, String workspaceRole) {
    }
}
