package dev.pms.notification;

import java.util.Set;
import java.util.UUID;

/** New notifications for {@code userIds}, published inside the transaction that wrote them (their bells count up). */
public record PeopleNotified(UUID workspaceId, Set<UUID> userIds) {
}
