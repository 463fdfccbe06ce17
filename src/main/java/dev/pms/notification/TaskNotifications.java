package dev.pms.notification;

import dev.pms.project.ProjectDeleted;
import dev.pms.task.ImportedTasksDeleted;
import dev.pms.task.Task;
import dev.pms.task.TaskChanged;
import dev.pms.workspace.MemberRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Tells the new assignee of an assignment and the watchers of a status change, inside the change's transaction
 * (a synchronous listener): the notifications commit or roll back with the change. The new assignee watches the
 * task from then on; its creator does by being its creator (see {@link WatcherRepository}). Deleted tasks take
 * the module's rows with them.
 */
@Component
class TaskNotifications {
    private final WatcherRepository watchers;
    private final NotificationRepository notifications;
    private final Notifier notifier;

    TaskNotifications(WatcherRepository watchers, NotificationRepository notifications, Notifier notifier) {
        this.watchers = watchers;
        this.notifications = notifications;
        this.notifier = notifier;
    }

    @EventListener
    void changed(TaskChanged e) {
        if (e.deleted()) {
            notifications.forgetTask(e.workspaceId(), e.taskId());
            return;
        }
        Task after = e.after();
        Map<UUID, Notifier.Addressed> to = new LinkedHashMap<>();
        if (!e.created() && e.columnChanged()) {
            String detail = e.changedFields().contains(TaskChanged.Field.STATE) ? e.before().stateName() + " → " + after.stateName()
                    : e.before().status().label() + " → " + after.status().label();
            watchers.watchers(e.workspaceId(), after.id()).forEach(w ->
                    to.put(w.userId(), new Notifier.Addressed(w.userId(), NotificationKind.STATUS_CHANGED, detail)));
        }
        UUID assignee = after.assigneeId();
        if (assignee != null && (e.created() || !Objects.equals(e.before().assigneeId(), assignee))) {
            watchers.follow(e.workspaceId(), after.id(), List.of(assignee));
            to.put(assignee, new Notifier.Addressed(assignee, NotificationKind.ASSIGNED, ""));
        }
        notifier.tell(e.workspaceId(), after.id(), e.actorId(), null, List.copyOf(to.values()));
    }

    @EventListener
    void importUndone(ImportedTasksDeleted e) {
        notifications.forgetDeletedTasks(e.workspaceId());
    }

    @EventListener
    void projectDeleted(ProjectDeleted e) {
        notifications.forgetDeletedTasks(e.workspaceId());
    }

    /** Someone who left no longer watches the workspace's tasks, and their inbox drops its notifications. */
    @EventListener
    void memberRemoved(MemberRemoved e) {
        watchers.forget(e.workspaceId(), e.userId());
        notifications.forget(e.workspaceId(), e.userId());
    }
}
