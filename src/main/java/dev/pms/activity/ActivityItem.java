package dev.pms.activity;

import dev.pms.comment.Comment;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a task's stream as clients see it: who and when, what (kind, field, old and new as stored, and as
 * people read them), how (PAGE, API or IMPORT), the import that created the task with its file name, and for
 * COMMENTED the comment itself (null once deleted). For IMPORTED, {@code importOriginalAssignee} is the assignee the
 * file named who was no member, so the task was imported unassigned (else null); {@code importOriginalReporter} the
 * reporter it named who was none (the task's creator is then the importer), and {@code importOriginalOthers} the other
 * people it named who were none (second assignees, watchers).
 */
public record ActivityItem(UUID id, ActivityKind kind, Instant at, UUID actorId, String actorName, String field,
                           String oldValue, String newValue, String oldLabel, String newLabel, String via, UUID importId,
                           String importFileName, String importOriginalAssignee, String importOriginalReporter,
                           java.util.List<String> importOriginalOthers, Comment comment) {
}
