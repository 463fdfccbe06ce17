import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate GET load (what wrk2 does): one request every 1/RATE s whether or not earlier ones have answered, each
 * latency counted from when the request was due, so a stall shows in the figures instead of slowing the load down.
 * The first 3 s warm up and are not counted.
 *   java bench/PacedLoad.java URL TOKEN RATE SECONDS
 * Last line: "sent ok p50_ms p99_ms max_ms" of the counted requests.
 */
public class PacedLoad {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long warmUp = 3L * rate;
        long total = warmUp + (long) seconds * rate;
        long start = System.nanoTime();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[(int) total];
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean counted = i >= warmUp;
            pending[(int) i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (counted) {
                    latencies.add(System.nanoTime() - due);
                    if (error == null && response.statusCode() == 200) {
                        ok.incrementAndGet();
                    }
                }
            });
        }
        CompletableFuture.allOf(pending).exceptionally(e -> null).join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sent ok p50_ms p99_ms max_ms%n%d %d %.1f %.1f %.1f%n", sorted.length, ok.get(),
                ms(at(sorted, 0.50)), ms(at(sorted, 0.99)), ms(sorted[sorted.length - 1]));
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
