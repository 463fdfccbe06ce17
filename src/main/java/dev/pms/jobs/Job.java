package dev.pms.jobs;

import java.util.UUID;

/**
 * A claimed unit of background work. {@code subjectId} names what the job works on (an import, say);
 * {@code attempts} counts claims, including take-overs of an expired lease.
 */
public record Job(UUID id, UUID workspaceId, String kind, UUID subjectId, int attempts) {
}
