package dev.pms.project;

import java.time.Instant;
import java.util.UUID;

/** A project; {@code key} (WEB) prefixes its tasks' keys (WEB-12). */
public record Project(UUID id, String name, String key, String description, boolean archived, Instant createdAt,
                      Instant updatedAt) {
}
