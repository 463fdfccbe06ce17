package dev.pms.support;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentry's envelope endpoint on a free loopback port: keeps the envelopes that carry an event. */
public record FakeSentry(HttpServer server, BlockingQueue<String> events) {
    static FakeSentry start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String envelope = read(body, "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding")));
                if (envelope.contains("\"type\":\"event\"")) {
                    events.add(envelope);
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return new FakeSentry(server, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    public String nextEvent() throws InterruptedException {
        String event = nextEvent(20);
        assertThat(event).as("an event reached the fake Sentry within 20 s").isNotNull();
        return event;
    }

    public String nextEvent(int seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    /** Forgets the events so far: those of other tests in the same context. */
    public void clear() {
        events.clear();
    }

    private static String read(byte[] body, boolean gzip) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(body)) : new ByteArrayInputStream(body)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
