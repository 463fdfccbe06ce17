package dev.pms.view;

import java.time.Instant;
import java.util.UUID;

/**
 * A saved view: the table's query string (filters, order, columns) under a name. {@code shared} views are listed for
 * every member; a personal one exists for its owner alone.
 */
public record SavedView(UUID id, String name, String query, boolean shared, UUID ownerId, Instant createdAt, Instant updatedAt) {
}
