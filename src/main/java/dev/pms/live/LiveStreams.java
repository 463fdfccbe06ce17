package dev.pms.live;

import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

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
        SseEmitter emitter = new SseEmitter(0L); // no timeout: heartbeats keep it open, a failed write ends it
        LiveStream stream = new LiveStream(access.workspaceId(), access.userId(), access.role(), scope, emitter, properties.queue());
        hub.add(stream);
        stream.start(listener.listen(access.workspaceId()), lastEventId != null && !lastEventId.isBlank(),
                properties.heartbeat(), hub::remove);
        return emitter;
    }

    /** Streams open on this node. */
    public int open() {
        return hub.size();
    }
}
