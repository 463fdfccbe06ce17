package dev.pms.workspace;

import java.time.Instant;
import java.util.UUID;

/** A person's membership of a workspace. */
public record Member(UUID userId, String email, String name, Role role, Instant joinedAt) {
}
