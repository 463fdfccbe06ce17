package dev.pms.live;

import dev.pms.comment.CommentAdded;
import dev.pms.comment.CommentDeleted;
import dev.pms.comment.CommentEdited;
import dev.pms.notification.PeopleNotified;
import dev.pms.relation.TaskLinkChanged;
import dev.pms.state.StateRemoved;
import dev.pms.task.ImportedTasksDeleted;
import dev.pms.task.Task;
import dev.pms.task.TaskChanged;
import dev.pms.task.TasksBulkEdited;
import dev.pms.task.TasksImported;
import dev.pms.workspace.MemberRemoved;
import dev.pms.workspace.RoleChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Publishes each change with pg_notify inside the change's own transaction (the listeners run synchronously):
 * PostgreSQL delivers it to every node only when that transaction commits, and never when it rolls back.
 * Payloads hold ids, the version and field names, never text; pages fetch what they render.
 */
@Component
class LivePublisher {
    /** NOTIFY refuses payloads of 8,000 bytes or more; past this a payload keeps only its ids. */
    static final int MAX_PAYLOAD_BYTES = 7900;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    LivePublisher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void taskChanged(TaskChanged event) {
        Set<UUID> projects = new LinkedHashSet<>();
        for (Task task : new Task[]{event.before(), event.after()}) {
            if (task != null) {
                projects.add(task.projectId());
            }
        }
        String change = event.created() ? "created" : event.deleted() ? "deleted" : "edited";
        notify(event.workspaceId(), taskPayload(event.taskId(), change, projects,
                event.deleted() ? null : event.after().version(), event.changedFields(), event.actorId()));
    }

    /** A link changes both its tasks (a blocked card shows it): each is an edited task, with LINKS as its field. */
    @EventListener
    void linkChanged(TaskLinkChanged event) {
        Set<UUID> projects = new LinkedHashSet<>(List.of(event.projectId(), event.otherProjectId()));
        for (UUID task : new UUID[]{event.taskId(), event.otherTaskId()}) {
            notify(event.workspaceId(), taskPayload(task, "edited", projects, null, Set.of("LINKS"), event.actorId()));
        }
    }

    /** One event per import, whatever its size: the pages showing the workspace refresh once. */
    @EventListener
    void tasksImported(TasksImported event) {
        notify(event.workspaceId(), importPayload("import", event.importId(), event.actorId(), event.rows(), "imported"));
    }

    /**
     * One event per bulk edit, whatever its size, with the projects it touched: pages refresh once, as after an import
     * (the same kind, so that every page that follows imports follows bulk edits too).
     */
    @EventListener
    void bulkEdited(TasksBulkEdited event) {
        Map<String, Object> payload = importPayload("bulk", event.bulkId(), event.actorId(), event.tasks(),
                event.undo() ? "bulk-undone" : "bulk-edited");
        payload.put("projects", event.projectIds());
        notify(event.workspaceId(), payload);
    }

    @EventListener
    void importUndone(ImportedTasksDeleted event) {
        notify(event.workspaceId(), importPayload("import", event.importId(), event.actorId(), event.rows(), "undone"));
    }

    /** A task's panel refetches its conversation: a comment added, edited or deleted. */
    @EventListener
    void commentAdded(CommentAdded event) {
        notify(Channels.of(event.workspaceId()), commentPayload(event.taskId(), event.commentId(), event.authorId(), "added"));
    }

    @EventListener
    void commentEdited(CommentEdited event) {
        notify(Channels.of(event.workspaceId()), commentPayload(event.taskId(), event.commentId(), event.authorId(), "edited"));
    }

    @EventListener
    void commentDeleted(CommentDeleted event) {
        notify(Channels.of(event.workspaceId()), commentPayload(event.taskId(), event.commentId(), event.actorId(), "deleted"));
    }

    /** Each person notified hears of it on their own channel, whichever page of whichever workspace they have open. */
    @EventListener
    void peopleNotified(PeopleNotified event) {
        for (UUID userId : event.userIds()) {
            notify(Channels.person(userId), Map.of("kind", LiveEvent.INBOX));
        }
    }

    /** A removed state: its project's boards drop the column and show its tasks where they moved. */
    @EventListener
    void stateRemoved(StateRemoved event) {
        notify(event.workspaceId(), Map.of("kind", LiveEvent.STATES, "change", "removed", "state", event.stateId(),
                "projects", List.of(event.projectId()), "actor", event.actorId()));
    }

    /** Every node closes this person's streams in the workspace: what they may read has changed. */
    @EventListener
    void roleChanged(RoleChanged event) {
        notify(event.workspaceId(), Map.of("kind", LiveEvent.MEMBER, "user", event.userId()));
    }

    @EventListener
    void memberRemoved(MemberRemoved event) {
        notify(event.workspaceId(), Map.of("kind", LiveEvent.MEMBER, "user", event.userId()));
    }

    private static Map<String, Object> taskPayload(UUID taskId, String change, Set<UUID> projects, Integer version,
                                                   Set<?> fields, UUID actorId) {
        return payload("kind", LiveEvent.TASK, "task", taskId, "change", change, "projects", projects, "version", version,
                "fields", fields, "actor", actorId);
    }

    private static Map<String, Object> commentPayload(UUID taskId, UUID commentId, UUID actorId, String change) {
        return payload("kind", LiveEvent.COMMENT, "task", taskId, "comment", commentId, "change", change, "actor", actorId);
    }

    /** An import's or a bulk edit's payload: {@code what} names its id ("import" or "bulk"). */
    private static Map<String, Object> importPayload(String what, UUID id, UUID actorId, long rows, String change) {
        return payload("kind", LiveEvent.IMPORT, what, id, "change", change, "rows", rows, "actor", actorId);
    }

    /** A payload of key, value pairs in this order; a value may be null (a version of a deleted task), which Map.of refuses. */
    private static Map<String, Object> payload(Object... keysAndValues) {
        Map<String, Object> payload = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            payload.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return payload;
    }

    private void notify(UUID workspaceId, Map<String, Object> payload) {
        notify(Channels.of(workspaceId), payload);
    }

    private void notify(String channel, Map<String, Object> payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", channel)
                .param("payload", text(payload))
                .query((rs, n) -> 1).list();
    }

    static String text(Map<String, Object> payload) {
        String json = JSON.writeValueAsString(payload);
        if (json.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES) {
            return json;
        }
        Map<String, Object> ids = new LinkedHashMap<>();
        for (String key : new String[]{"kind", "task", "import", "user", "change", "version"}) {
            if (payload.containsKey(key)) {
                ids.put(key, payload.get(key));
            }
        }
        return JSON.writeValueAsString(ids);
    }
}
