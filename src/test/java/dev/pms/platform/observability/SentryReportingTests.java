package dev.pms.platform.observability;

import com.sun.net.httpserver.HttpServer;
import dev.pms.support.Api;
import dev.pms.support.IntegrationTest;
import dev.pms.support.OwnSettings;
import dev.pms.support.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

/**
 * With SENTRY_DSN set, a 500 reaches Sentry (here a local HTTP endpoint standing in for it) with the request id and
 * without the user's email; a 404 does not.
 */
@OwnSettings
@Import(SentryReportingTests.Failing.class)
class SentryReportingTests extends IntegrationTest {
    private static final FakeSentry SENTRY = FakeSentry.start();

    @DynamicPropertySource
    static void sentry(DynamicPropertyRegistry registry) {
        registry.add("pms.sentry.dsn", () -> "http://publickey@127.0.0.1:" + SENTRY.port() + "/42");
    }

    @AfterAll
    static void stop() {
        SENTRY.server.stop(0);
    }

    @Test
    void aForcedServerErrorReachesSentryWithTheRequestIdAndWithoutTheEmail() throws Exception {
        Api ann = signUp("Ann Example");
        assertThat(ann.get("/api/v1/workspaces/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        Response failed = ann.get("/api/v1/test-failure?note=" + ann.email(), "X-Request-Id", "req-sentry-test-1");
        assertThat(failed.status()).isEqualTo(500);

        String event = SENTRY.nextEvent();
        assertThat(event).contains("req-sentry-test-1").contains("IllegalStateException").contains("forced failure");
        assertThat(event).doesNotContain(ann.email()).doesNotContain(ann.email().toLowerCase());
        assertThat(SENTRY.nextEvent(2)).as("only the one error; the 404 was not sent").isNull();
    }

    /** Fails with the caller's note, an email address here, in the exception's message. */
    @RestController
    static class Failing {
        @GetMapping("/api/v1/test-failure")
        String fail(@RequestParam String note) {
            throw new IllegalStateException("forced failure for " + note);
        }
    }

    /** Sentry's envelope endpoint: keeps the envelopes that carry an event. */
    record FakeSentry(HttpServer server, BlockingQueue<String> events) {
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

        String nextEvent() throws InterruptedException {
            String event = nextEvent(20);
            assertThat(event).as("an event reached the fake Sentry within 20 s").isNotNull();
            return event;
        }

        String nextEvent(int seconds) throws InterruptedException {
            return events.poll(seconds, TimeUnit.SECONDS);
        }

        private static String read(byte[] body, boolean gzip) throws IOException {
            try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(body)) : new ByteArrayInputStream(body)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
