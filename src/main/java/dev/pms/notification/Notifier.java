package dev.pms.notification;

import dev.pms.platform.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes notifications in the caller's transaction, the one home of the rule that nobody is told of their own
 * action; each joins its person's email batch when they want it by email, and {@link PeopleNotified} tells the
 * bells of those notified.
 */
@Component
class Notifier {
    private final NotificationRepository notifications;
    private final EmailBatches batches;
    private final ApplicationEventPublisher events;

    Notifier(NotificationRepository notifications, EmailBatches batches, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.batches = batches;
        this.events = events;
    }

    /** Whom to tell and why. */
    record Addressed(UUID userId, NotificationKind kind, String detail) {
    }

    /** About a change that {@code actorId} made (null for a reminder); the actor is left out. */
    void tell(UUID workspaceId, UUID taskId, UUID actorId, UUID commentId, List<Addressed> recipients) {
        List<Addressed> others = recipients.stream().filter(r -> !Objects.equals(r.userId(), actorId)).toList();
        if (others.isEmpty()) {
            return;
        }
        Set<UUID> told = new LinkedHashSet<>();
        others.forEach(to -> told.add(to.userId()));
        Map<UUID, EmailLevel> levels = batches.levels(told);
        for (Addressed to : others) {
            UUID batch = batches.batch(levels, workspaceId, to.userId(), taskId, to.kind());
            notifications.insert(new NotificationRepository.New(Ids.next(), workspaceId, to.userId(), to.kind(), taskId,
                    commentId, actorId, to.detail(), batch));
        }
        events.publishEvent(new PeopleNotified(workspaceId, told));
    }
}
