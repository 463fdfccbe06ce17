package dev.pms.project;

import java.util.UUID;

/** A project was deleted with its tasks. */
public record ProjectDeleted(UUID workspaceId, UUID actorId, UUID projectId, String name) {
}
