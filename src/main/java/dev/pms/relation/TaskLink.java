package dev.pms.relation;

import dev.pms.task.TaskStatus;

import java.util.UUID;

/** A link of a task to {@code taskId}, seen from the first: "blocks WEB-12", with the other task's title and status. */
public record TaskLink(LinkKind kind, UUID taskId, String key, String title, TaskStatus status) {

    /** How the pages and the API name the kind: "blocked by". */
    public String kindWords() {
        return kind.words();
    }
}
