package dev.pms.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A Server-Sent Events client, as a page's EventSource is: its events are read as they come, in order. */
public final class EventStream implements AutoCloseable {
    /** One event: its name ("message" when unnamed), its data and its id (null when none). */
    public record Event(String name, String data, String id) {
    }

    private static final Event END = new Event("(end)", "", null);
    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private boolean ended;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread.ofVirtual().start(this::read);
    }

    /** Opens {@code path} as {@code who}; extra request headers come as name, value, name, value... */
    public static EventStream open(Api who, String path, String... headers) {
        return new EventStream(who.lines(path, headers));
    }

    public int status() {
        return response.statusCode();
    }

    /** Waits for the next event called {@code name} that {@code test} accepts, skipping others; fails after {@code timeout}. */
    public Event await(String name, Predicate<String> test, Duration timeout) {
        Event event = next(e -> e.name().equals(name) && test.test(e.data()), timeout);
        if (event == null) {
            throw new AssertionError("no '" + name + "' event within " + timeout + "; got " + seen);
        }
        return event;
    }

    public Event await(String name, Duration timeout) {
        return await(name, data -> true, timeout);
    }

    /** The next event that {@code test} accepts within {@code timeout}, or null (also once the stream has ended). */
    public Event next(Predicate<Event> test, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!ended) {
                Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    return null;
                }
                if (event == END) {
                    ended = true;
                    return null;
                }
                seen.add(event);
                if (test.test(event)) {
                    return event;
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether the server ended the stream within {@code timeout}, whatever events came before. */
    public boolean endsWithin(Duration timeout) {
        next(e -> false, timeout);
        return ended;
    }

    /** Every event read so far. */
    public List<Event> seen() {
        return seen;
    }

    private void read() {
        String name = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (name != null || !data.isEmpty()) {
                        events.add(new Event(name == null ? "message" : name, data.toString(), id));
                    }
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                }
            }
        } catch (RuntimeException e) {
            // the connection was cut: the stream has ended
        } finally {
            events.add(END);
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
