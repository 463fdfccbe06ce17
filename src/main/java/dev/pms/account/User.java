package dev.pms.account;

import java.time.Instant;
import java.util.UUID;

/** A person with an account on this instance. */
public record User(UUID id, String email, String name, boolean instanceAdmin, Instant createdAt) {
}
