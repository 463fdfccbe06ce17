package dev.pms.project;

import java.util.UUID;

/** A project was created; published in its transaction, so that what a project starts with commits with it. */
public record ProjectCreated(UUID workspaceId, UUID actorId, UUID projectId) {
}
