package dev.pms.notification;

import java.util.UUID;

/** Someone who follows a task and so is told of its comments and status changes. */
public record Watcher(UUID userId, String name) {
}
