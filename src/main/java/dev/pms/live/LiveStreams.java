package dev.pms.live;

import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/** Opens the event streams of pages: what the SSE endpoint calls once the access check has passed. */
@Service
public class LiveStreams {
    private final LiveHub hub;
    private final LiveListener listener;
    private final LiveProperties properties;

    LiveStreams(LiveHub hub, LiveListener listener, LiveProperties properties) {
        this.hub = hub;
        this.listener = listener;
        this.properties = properties;
    }

    /**
     * A stream of the workspace's events in {@code scope}, readable by {@code access}. A page that reconnects sends
     * the id of the last event it got ({@code lastEventId}); nothing can be replayed, so it is told to resync.
     */
    public SseEmitter open(WorkspaceAccess access, LiveScope scope, String lastEventId) {
        return open(new LiveStream(Channels.of(access.workspaceId()), access.workspaceId(), access.userId(), access.role(), scope,
                new SseEmitter(0L), properties.queue()), lastEventId);
    }

    /** A stream of the signed-in person's inbox events (a new notification), from all their workspaces. */
    public SseEmitter openInbox(UUID userId, String lastEventId) {
        return open(new LiveStream(Channels.person(userId), null, userId, null, LiveScope.person(userId), new SseEmitter(0L),
                properties.queue()), lastEventId);
    }

    // no timeout on the emitter: heartbeats keep it open, a failed write ends it
    private SseEmitter open(LiveStream stream, String lastEventId) {
        hub.add(stream);
        stream.start(listener.listen(stream.channel()), lastEventId != null && !lastEventId.isBlank(), properties.heartbeat(), hub::remove);
        return stream.emitter();
    }

    /** Streams open on this node. */
    public int open() {
        return hub.size();
    }
}
