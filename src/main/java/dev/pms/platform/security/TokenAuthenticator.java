package dev.pms.platform.security;

import java.util.Optional;

/** Resolves a personal API token to its owner; implemented by the account module, which stores tokens. */
public interface TokenAuthenticator {
    Optional<AuthenticatedUser> authenticate(String token);
}
