package dev.pms.workspace;

import java.time.Instant;
import java.util.UUID;

/** A workspace as its members see it, with the viewer's own role. */
public record Workspace(UUID id, String name, Instant createdAt, Role role) {
}
