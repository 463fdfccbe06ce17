package dev.pms.live;

import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's open streams by channel (a workspace's, or a person's for their inbox). Notifications arrive here one at a time, in commit order, from the
 * {@link LiveListener}; each goes to the streams whose scope it concerns. A member event (role changed, removed)
 * closes that person's streams instead, so the next change is not delivered to them.
 */
@Component
class LiveHub {
    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    private final Map<String, Set<LiveStream>> streams = new ConcurrentHashMap<>();
    private final WorkspaceQueries workspaces;
    /** Event ids: unique on this node, so a page that reconnects with Last-Event-ID is known to have missed some. */
    private final String node = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();

    LiveHub(WorkspaceQueries workspaces) {
        this.workspaces = workspaces;
    }

    void add(LiveStream stream) {
        streams.computeIfAbsent(stream.channel(), c -> ConcurrentHashMap.newKeySet()).add(stream);
    }

    void remove(LiveStream stream) {
        streams.computeIfPresent(stream.channel(), (c, set) -> {
            set.remove(stream);
            return set.isEmpty() ? null : set;
        });
    }

    /** Ends every stream on this node after what is already queued: the node is stopping, its pages reconnect elsewhere. */
    void closeAll() {
        streams.values().forEach(set -> set.forEach(LiveStream::close));
    }

    boolean watches(String channel) {
        return streams.containsKey(channel);
    }

    int size() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    void deliver(String channel, String payload) {
        Set<LiveStream> open = streams.get(channel);
        if (open == null) {
            return;
        }
        LiveEvent event;
        try {
            event = LiveEvent.parse(payload);
        } catch (RuntimeException e) {
            log.warn("Live updates: a notification on {} could not be read; its pages resync", channel);
            open.forEach(stream -> stream.send(new LiveStream.Out(LiveStream.RESYNC, null, "{}")));
            return;
        }
        LiveStream.Out out = new LiveStream.Out(event.kind(), node + "-" + sequence.incrementAndGet(), event.json());
        for (LiveStream stream : open) {
            if (LiveEvent.MEMBER.equals(event.kind())) {
                if (stream.userId().equals(event.userId())) {
                    stream.close();
                }
            } else if (stream.scope().matches(event)) {
                stream.send(out);
            }
        }
    }

    /**
     * After the LISTEN session was lost, notifications may have been missed: a member event among them too, so each
     * stream's access is read again (closed if it changed) before the others are told to refetch what they show. An
     * inbox stream is its person's own, whatever their workspaces: it is told to refetch.
     */
    void resyncAll() {
        Map<String, Optional<WorkspaceAccess>> accesses = new ConcurrentHashMap<>();
        streams.values().forEach(set -> set.forEach(stream -> {
            if (stream.workspaceId() == null) {
                stream.send(new LiveStream.Out(LiveStream.RESYNC, node + "-" + sequence.incrementAndGet(), "{}"));
                return;
            }
            Optional<WorkspaceAccess> now = accesses.computeIfAbsent(stream.workspaceId() + "/" + stream.userId(),
                    key -> workspaces.accessOf(stream.workspaceId(), stream.userId()));
            if (now.isEmpty() || now.get().role() != stream.role()) {
                stream.close();
            } else {
                stream.send(new LiveStream.Out(LiveStream.RESYNC, node + "-" + sequence.incrementAndGet(), "{}"));
            }
        }));
    }
}
