package dev.pms.live;

import java.util.UUID;

/** What a page shows, and so which of its workspace's events it receives. */
public record LiveScope(Kind kind, UUID id) {

    public enum Kind { BOARD, TABLE, TASK, WORKSPACE }

    public static LiveScope board(UUID projectId) {
        return new LiveScope(Kind.BOARD, projectId);
    }

    public static LiveScope task(UUID taskId) {
        return new LiveScope(Kind.TASK, taskId);
    }

    public static LiveScope table() {
        return new LiveScope(Kind.TABLE, null);
    }

    /** Imports touch any project and task, so every page hears of them; a task's event only pages that show it. */
    boolean matches(LiveEvent event) {
        return switch (event.kind()) {
            case LiveEvent.IMPORT -> true;
            case LiveEvent.TASK -> switch (kind) {
                case BOARD -> event.projectIds().contains(id);
                case TASK -> id.equals(event.taskId());
                case TABLE, WORKSPACE -> true;
            };
            default -> false;
        };
    }
}
