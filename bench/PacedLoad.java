import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + args[1])
                .timeout(Duration.ofSeconds(30)).GET().build();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) (WARM_UP_SECONDS + seconds) * rate;
        long counted = (long) WARM_UP_SECONDS * rate;
        // one client per connection: its pool then holds exactly one keep-alive connection
        List<HttpClient> clients = java.util.stream.Stream.generate(
                () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).limit(connections).toList();
        openConnections(clients, request);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger ok = new AtomicInteger();
        int[] counts = new int[connections];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            long[] mine = new long[(int) (total / connections + 1)];
            latencies.add(mine);
            HttpClient client = clients.get(c);
            threads.add(Thread.ofPlatform().start(() -> {
                int n = 0;
                for (long i = connection; i < total; i += connections) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    boolean good = send(client, request);
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
        System.out.printf("sent ok p50_ms p99_ms max_ms%n%d %d %.1f %.1f %.1f%n", all.length, ok.get(),
                ms(at(all, 0.50)), ms(at(all, 0.99)), ms(all[all.length - 1]));
    }

    /**
     * Opens each client's connection and warms this JVM's HTTP code with unscheduled requests before the schedule
     * starts: under load, a cold client took seconds to send its first requests, which then counted as PMS's delay.
     */
    private static void openConnections(List<HttpClient> clients, HttpRequest request) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (HttpClient client : clients) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < OPENING_REQUESTS; i++) {
                    send(client, request);
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

    private static boolean send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
