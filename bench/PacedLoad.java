import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate GET load as wrk2 makes it: CONNECTIONS connections, each sending its share of RATE requests/s on a
 * fixed schedule, and each latency counted from when the request was due, not from when it could be sent, so that a
 * stall shows in the figures instead of slowing the load down. Each connection first sends 50 requests unscheduled
 * (opening it, and warming this JVM); then the first 3 s of the schedule warm up and are not counted.
 * Each connection is a plain blocking socket speaking HTTP/1.1 ({@link Connection}): java.net.http.HttpClient took
 * a quarter of this 2-core machine's CPU at 500 requests/s (18.6 s of CPU in a 33 s run), which PMS and PostgreSQL
 * then lacked, so that the figures measured the load generator's share of the CPU more than PMS; this takes 4.1 s.
 *   java bench/PacedLoad.java URL TOKEN RATE SECONDS [CONNECTIONS=16]
 * Last line: "sent ok p50_ms p99_ms max_ms" of the counted requests.
 */
public class PacedLoad {
    private static final int WARM_UP_SECONDS = 3;
    private static final int OPENING_REQUESTS = 50;

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int connections = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        String token = args[1];
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) (WARM_UP_SECONDS + seconds) * rate;
        long counted = (long) WARM_UP_SECONDS * rate;
        List<Connection> clients = java.util.stream.Stream.generate(() -> new Connection(uri, token)).limit(connections).toList();
        openConnections(clients);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger ok = new AtomicInteger();
        int[] counts = new int[connections];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            long[] mine = new long[(int) (total / connections + 1)];
            latencies.add(mine);
            Connection client = clients.get(c);
            threads.add(Thread.ofPlatform().start(() -> {
                int n = 0;
                for (long i = connection; i < total; i += connections) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    boolean good = client.get();
                    if (i >= counted) {
                        mine[n++] = System.nanoTime() - due;
                        if (good) {
                            ok.incrementAndGet();
                        }
                    }
                }
                counts[connection] = n;
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        slowestSeconds(latencies, counts, connections, counted, interval);
        long[] all = java.util.stream.IntStream.range(0, connections)
                .mapToObj(c -> java.util.Arrays.stream(latencies.get(c), 0, counts[c])).flatMapToLong(l -> l).sorted().toArray();
        System.out.printf("load generator CPU: %.1f s%n", ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        System.out.printf("sent ok p50_ms p99_ms max_ms%n%d %d %.1f %.1f %.1f%n", all.length, ok.get(),
                ms(at(all, 0.50)), ms(at(all, 0.99)), ms(all[all.length - 1]));
    }

    /**
     * Opens each client's connection and warms this JVM's HTTP code with unscheduled requests before the schedule
     * starts: under load, a cold client took seconds to send its first requests, which then counted as PMS's delay.
     */
    private static void openConnections(List<Connection> clients) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (Connection client : clients) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < OPENING_REQUESTS; i++) {
                    client.get();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** The five seconds of the run (counted from its first counted request) whose requests waited longest: a stall shows there. */
    private static void slowestSeconds(List<long[]> latencies, int[] counts, int connections, long counted, long interval) {
        java.util.Map<Long, Long> worst = new java.util.TreeMap<>();
        for (int c = 0; c < connections; c++) {
            long first = c + (counted - c + connections - 1) / connections * connections; // its first counted request
            for (int n = 0; n < counts[c]; n++) {
                long i = first + (long) n * connections;
                worst.merge(TimeUnit.NANOSECONDS.toSeconds((i - counted) * interval), latencies.get(c)[n], Math::max);
            }
        }
        System.out.println("slowest seconds (second: max ms): " + worst.entrySet().stream()
                .sorted(java.util.Map.Entry.<Long, Long>comparingByValue().reversed()).limit(5)
                .map(e -> e.getKey() + ": " + Math.round(ms(e.getValue()))).collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * One keep-alive connection sending the same GET: the request's bytes are made once, the answer's body is skipped
     * (by its Content-Length or chunks). A connection the server closed (Tomcat closes one after 100 requests) is
     * opened again, and a request that found it closed is sent once more.
     */
    static final class Connection {
        private final URI uri;
        private final byte[] request;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI uri, String token) {
            this.uri = uri;
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            this.request = ("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        /** Whether the answer was 200; false on any other status or an error. */
        boolean get() {
            boolean reused = socket != null;
            try {
                return exchange();
            } catch (IOException e) {
                close();
                if (!reused) {
                    return false;
                }
                try {
                    return exchange();
                } catch (IOException again) {
                    close();
                    return false;
                }
            }
        }

        private boolean exchange() throws IOException {
            if (socket == null) {
                socket = new Socket(uri.getHost(), uri.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            int status = Integer.parseInt(line().substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String h = header.toLowerCase(Locale.ROOT);
                if (h.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).trim());
                } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                    chunked = true;
                } else if (h.startsWith("connection:") && h.contains("close")) {
                    closing = true;
                }
            }
            skipBody(chunked, length);
            if (closing) {
                close();
            }
            return status == 200;
        }

        private void skipBody(boolean chunked, long length) throws IOException {
            if (!chunked) {
                skip(Math.max(length, 0));
                return;
            }
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private void skip(long bytes) throws IOException {
            while (bytes > 0) {
                long skipped = in.skip(bytes);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException();
                    }
                    skipped = 1;
                }
                bytes -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
