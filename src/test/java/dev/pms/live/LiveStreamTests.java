package dev.pms.live;

import dev.pms.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One page's stream without a server: what it writes, in order, to an emitter that records each write. */
class LiveStreamTests {
    private static final Duration LONG = Duration.ofMinutes(1);
    private final Recorder emitter = new Recorder();
    private final CountDownLatch ended = new CountDownLatch(1);

    private LiveStream stream(int queue) {
        return new LiveStream("pms_ws_x", UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER, LiveScope.table(), emitter, queue);
    }

    @Test
    void anIdleStreamSendsAHeartbeatCommentEachInterval() throws InterruptedException {
        LiveStream stream = stream(4);
        stream.start(CompletableFuture.completedFuture(null), false, Duration.ofMillis(20), s -> ended.countDown());
        assertThat(emitter.next()).isEqualTo("event:ready\ndata:{}\n\n");
        assertThat(emitter.next()).isEqualTo(":heartbeat\n\n");
        assertThat(emitter.next()).isEqualTo(":heartbeat\n\n");
        stream.send(new LiveStream.Out("task", "n-1", "{\"task\":1}"));
        assertThat(emitter.nextEvent()).isEqualTo("event:task\ndata:{\"task\":1}\nid:n-1\n\n");
        stream.close();
        assertThat(ended.await(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aClientAWholeQueueBehindGetsOneResyncInsteadOfWhatItMissed() throws InterruptedException {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        LiveStream stream = stream(3);
        stream.start(listening, false, LONG, s -> ended.countDown()); // nothing is written until the node listens
        for (int i = 1; i <= 5; i++) {
            stream.send(new LiveStream.Out("task", "n-" + i, "{\"n\":" + i + "}"));
        }
        listening.complete(null);
        assertThat(emitter.next()).isEqualTo("event:ready\ndata:{}\n\n");
        assertThat(emitter.next()).isEqualTo("event:resync\ndata:{}\nid:n-4\n\n");
        assertThat(emitter.next()).isEqualTo("event:task\ndata:{\"n\":5}\nid:n-5\n\n");
        stream.close();
        assertThat(ended.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(emitter.all).hasSize(3);
    }

    @Test
    void aReconnectingPageIsToldToResyncRightAfterReady() {
        LiveStream stream = stream(4);
        stream.start(CompletableFuture.completedFuture(null), true, LONG, s -> ended.countDown());
        assertThat(emitter.next()).isEqualTo("event:ready\ndata:{}\n\n");
        assertThat(emitter.next()).isEqualTo("event:resync\ndata:{}\n\n");
        stream.close();
    }

    @Test
    void aStreamEndedByAnErrorStillCompletesItsResponse() throws InterruptedException {
        CountDownLatch completed = new CountDownLatch(1);
        SseEmitter failing = new SseEmitter(0L) {
            @Override
            public void send(SseEventBuilder builder) {
                throw new NoClassDefFoundError("a write that fails with an Error, not an Exception");
            }

            @Override
            public void complete() {
                completed.countDown();
            }
        };
        LiveStream stream = new LiveStream("pms_ws_x", UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER, LiveScope.table(), failing, 4);
        stream.start(CompletableFuture.completedFuture(null), false, LONG, s -> ended.countDown());
        assertThat(completed.await(2, TimeUnit.SECONDS)).as("the response is completed, not left open for good").isTrue();
        assertThat(ended.await(2, TimeUnit.SECONDS)).isTrue();
    }

    /** Records each write as the text it puts on the wire; never sent to a response. */
    private static final class Recorder extends SseEmitter {
        final BlockingQueue<String> writes = new LinkedBlockingQueue<>();
        final List<String> all = new ArrayList<>();

        @Override
        public synchronized void send(SseEventBuilder builder) {
            Set<DataWithMediaType> parts = builder.build();
            String text = parts.stream().map(p -> String.valueOf(p.getData())).collect(Collectors.joining());
            all.add(text);
            writes.add(text);
        }

        @Override
        public synchronized void send(Object object, MediaType mediaType) {
            throw new AssertionError("a stream writes events only");
        }

        String next() {
            try {
                String write = writes.poll(2, TimeUnit.SECONDS);
                assertThat(write).as("a write within 2 s").isNotNull();
                return write;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        /** The next write that is not a heartbeat. */
        String nextEvent() {
            String write = next();
            while (write.startsWith(":")) {
                write = next();
            }
            return write;
        }
    }
}
