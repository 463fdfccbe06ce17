package dev.pms.state;

import java.util.UUID;

/**
 * A state was removed from its project and its tasks moved to {@code movedTo}; published inside the removal's
 * transaction, so that open boards drop the column and show the moved cards once it commits.
 */
public record StateRemoved(UUID workspaceId, UUID actorId, UUID projectId, UUID stateId, UUID movedTo, int tasksMoved) {
}
