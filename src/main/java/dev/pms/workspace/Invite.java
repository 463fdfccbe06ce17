package dev.pms.workspace;

import java.time.Instant;
import java.util.UUID;

/** An invite by email that has not been used or withdrawn; {@code token} makes its link, /join/{token}. */
public record Invite(UUID id, String email, Role role, Instant createdAt, Instant expiresAt, String token) {

    public String path() {
        return "/join/" + token;
    }

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
