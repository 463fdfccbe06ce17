package dev.pms.live;

import dev.pms.workspace.Role;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One page's event stream. Its events wait in a small queue that a virtual thread writes out, so a slow client
 * holds up nobody else, and an idle stream costs a parked virtual thread, never a platform thread. A client that
 * falls a whole queue behind gets one resync instead of what it missed.
 */
final class LiveStream {
    static final String READY = "ready";
    static final String RESYNC = "resync";
    private static final Out CLOSE = new Out(null, null, null);
    private final String channel;
    private final UUID workspaceId;
    private final UUID userId;
    private final Role role;
    private final LiveScope scope;
    private final SseEmitter emitter;
    private final BlockingQueue<Out> queue;
    private volatile boolean closed;

    /** An event as written: its SSE name, id and data. */
    record Out(String name, String id, String data) {
    }

    /** A stream of {@code channel}'s events; a person's inbox stream has no workspace and no role. */
    LiveStream(String channel, UUID workspaceId, UUID userId, Role role, LiveScope scope, SseEmitter emitter, int queueSize) {
        this.channel = channel;
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.role = role;
        this.scope = scope;
        this.emitter = emitter;
        this.queue = new ArrayBlockingQueue<>(queueSize);
    }

    String channel() {
        return channel;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    UUID userId() {
        return userId;
    }

    Role role() {
        return role;
    }

    LiveScope scope() {
        return scope;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /** Writes "ready" once the node listens to the workspace, then the queue's events and heartbeats until closed. */
    void start(CompletableFuture<Void> listening, boolean resync, Duration heartbeat, Consumer<LiveStream> ended) {
        emitter.onCompletion(() -> end(ended));
        emitter.onTimeout(() -> end(ended));
        emitter.onError(e -> end(ended));
        Thread.ofVirtual().name("pms-live-stream").start(() -> {
            try {
                listening.get(30, TimeUnit.SECONDS);
                write(new Out(READY, null, "{}"));
                if (resync) {
                    write(new Out(RESYNC, null, "{}"));
                }
                pump(heartbeat);
            } catch (Exception e) {
                // the client hung up, or the wait for LISTEN failed; an error dispatch would render a page into the stream
            } finally {
                // whatever ended the loop, an Error too: an emitter without a timeout that is never completed keeps its
                // request open for good, and the client waits for an answer that never comes
                complete();
                end(ended);
            }
        });
    }

    void send(Out event) {
        if (closed) {
            return;
        }
        if (!queue.offer(event)) {
            queue.clear();
            queue.offer(new Out(RESYNC, event.id(), "{}"));
        }
    }

    /** Ends the stream after what is already queued: nothing sent after this reaches the page. */
    void close() {
        closed = true;
        queue.clear();
        queue.offer(CLOSE);
    }

    private void pump(Duration heartbeat) throws IOException, InterruptedException {
        while (!closed) {
            Out next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            if (next == CLOSE || closed) {
                break;
            }
            if (next == null) {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } else {
                write(next);
            }
        }
    }

    private void complete() {
        try {
            emitter.complete();
        } catch (RuntimeException alreadyOver) {
            // the request already ended
        }
    }

    private void write(Out out) throws IOException {
        SseEmitter.SseEventBuilder event = SseEmitter.event().name(out.name()).data(out.data());
        if (out.id() != null) {
            event.id(out.id());
        }
        emitter.send(event);
    }

    private void end(Consumer<LiveStream> ended) {
        if (!closed) {
            closed = true;
            queue.offer(CLOSE);
        }
        ended.accept(this);
    }
}
