package dev.pms.live;

import java.util.UUID;

/** What a page shows, and so which of its workspace's events it receives. */
public record LiveScope(Kind kind, UUID id) {

    public enum Kind { BOARD, TABLE, TASK, WORKSPACE, PERSON }

    public static LiveScope board(UUID projectId) {
        return new LiveScope(Kind.BOARD, projectId);
    }

    public static LiveScope task(UUID taskId) {
        return new LiveScope(Kind.TASK, taskId);
    }

    public static LiveScope table() {
        return new LiveScope(Kind.TABLE, null);
    }

    /** One person's inbox: its own channel carries only their notifications. */
    public static LiveScope person(UUID userId) {
        return new LiveScope(Kind.PERSON, userId);
    }

    /**
     * Imports touch any project and task, so every workspace page hears of them; a task's event only pages that show
     * it; a comment only its task's panel; an inbox event only that person's bell; a project's states only its board.
     */
    boolean matches(LiveEvent event) {
        return switch (event.kind()) {
            case LiveEvent.IMPORT -> kind != Kind.PERSON;
            case LiveEvent.COMMENT -> kind == Kind.TASK && id.equals(event.taskId());
            case LiveEvent.INBOX -> kind == Kind.PERSON;
            case LiveEvent.STATES -> kind == Kind.BOARD && event.projectIds().contains(id);
            case LiveEvent.TASK -> switch (kind) {
                case BOARD -> event.projectIds().contains(id);
                case TASK -> id.equals(event.taskId());
                case TABLE, WORKSPACE -> true;
                case PERSON -> false;
            };
            default -> false;
        };
    }
}
