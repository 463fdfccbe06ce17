package dev.pms.comment;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment as clients see it: the Markdown as written and the HTML it rendered to (sanitised, safe to show).
 * {@code editedAt} is set, and {@code edited} true, once its author changed it.
 */
public record Comment(UUID id, UUID taskId, UUID authorId, String authorName, String body, String html, Instant createdAt,
                      Instant editedAt, boolean edited) {
}
