package dev.pms.project;

import java.time.Instant;
import java.util.UUID;

public record Project(UUID id, String name, String description, boolean archived, Instant createdAt, Instant updatedAt) {
}
