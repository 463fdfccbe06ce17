import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-updates benchmark's client: opens N event streams of one board (each its own connection, read on a virtual
 * thread), waits until every one says "ready", then changes one task's title every interval through the API and
 * records, for each event at each client, the time from the change's request being sent (an upper bound of its
 * commit) to the event's arrival. Prints p50/p99/max, the events every client got, and the node's heap and RSS.
 *   java LiveBench.java <base> <cookie-header> <token> <ws> <project> <clients> <seconds> <interval-ms> <pid> <mgmt-base>
 */
public class LiveBench {
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final int BUCKETS = 100_000; // 0.1 ms each, up to 10 s

    public static void main(String[] a) throws Exception {
        String base = a[0], cookie = a[1], token = a[2], ws = a[3], project = a[4];
        int clients = Integer.parseInt(a[5]), seconds = Integer.parseInt(a[6]), interval = Integer.parseInt(a[7]);
        long pid = Long.parseLong(a[8]);
        String mgmt = a[9];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String task = match(ID, api(http, base, token, "POST", "/api/v1/workspaces/" + ws + "/tasks",
                "{\"projectId\":\"" + project + "\",\"title\":\"Live 0\"}"));
        int changes = seconds * 1000 / interval;
        long[] sentAt = new long[changes + 2];
        AtomicLongArray histogram = new AtomicLongArray(BUCKETS + 1);
        BitSet[] got = new BitSet[clients];
        CountDownLatch ready = new CountDownLatch(clients);
        // pages open their streams over time, not all in one millisecond: 20 connect at once, as a busy node sees them
        Semaphore connecting = new Semaphore(20);
        Thread[] readers = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            BitSet mine = got[i] = new BitSet();
            connecting.acquire();
            readers[i] = Thread.ofVirtual().start(() -> read(http, base, cookie, ws, project, ready, connecting, mine, sentAt, histogram));
        }
        if (!ready.await(180, TimeUnit.SECONDS)) {
            throw new IllegalStateException(ready.getCount() + " of " + clients + " streams never became ready");
        }
        System.out.printf("%d streams ready; heap %s MB, RSS %d MB%n", clients, heapMb(http, mgmt), rssMb(pid));
        long start = System.nanoTime();
        for (int v = 1; v <= changes; v++) {
            long due = start + (long) v * interval * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            }
            sentAt[v] = System.nanoTime();
            api(http, base, token, "PATCH", "/api/v1/workspaces/" + ws + "/tasks/" + task, "{\"version\":" + (v - 1) + ",\"title\":\"Live " + v + "\"}");
        }
        Thread.sleep(3000); // the last events on their way
        String heap = heapMb(http, mgmt);
        long rss = rssMb(pid);
        long complete = Arrays.stream(got).filter(b -> b.cardinality() == changes).count();
        long received = Arrays.stream(got).mapToLong(BitSet::cardinality).sum();
        System.out.printf("changes: %d (one per %d ms for %d s); clients: %d; events received: %d of %d; clients that got every event: %d%n",
                changes, interval, seconds, clients, received, (long) changes * clients, complete);
        System.out.printf("delay from the change's request to the event at the client: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(histogram, 0.50), percentile(histogram, 0.99), percentile(histogram, 1.0));
        System.out.printf("node with %d streams open: heap used %s MB, RSS %d MB%n", clients, heap, rss);
        System.exit(complete == clients ? 0 : 1);
    }

    private static void read(HttpClient http, String base, String cookie, String ws, String project, CountDownLatch ready,
                             Semaphore connecting, BitSet got, long[] sentAt, AtomicLongArray histogram) {
        boolean waiting = true;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/w/" + ws + "/live?board=" + project))
                .header("Cookie", cookie).header("Accept", "text/event-stream").build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            for (int retry = 0; response.statusCode() == 503 && retry < 10; retry++) {
                // a node short of database connections says so; a page's EventSource tries again, and so does this
                response.body().close();
                Thread.sleep(500);
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + response.statusCode());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            String event = null;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "ready".equals(event)) {
                    ready.countDown();
                    connecting.release();
                    waiting = false;
                } else if (line.startsWith("data:") && "task".equals(event)) {
                    long now = System.nanoTime();
                    Matcher m = VERSION.matcher(line);
                    if (m.find()) {
                        int v = Integer.parseInt(m.group(1));
                        if (v > 0 && v < sentAt.length && sentAt[v] > 0 && !got.get(v)) {
                            got.set(v);
                            histogram.incrementAndGet((int) Math.min(BUCKETS, (now - sentAt[v]) / 100_000L));
                        }
                    }
                }
            }
        } catch (Exception e) {
            System.err.println("a stream failed: " + e);
        } finally {
            if (waiting) {
                connecting.release();
            }
        }
    }

    private static String api(HttpClient http, String base, String token, String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double percentile(AtomicLongArray histogram, double p) {
        long total = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            total += histogram.get(i);
        }
        long rank = Math.max(1, (long) Math.ceil(total * p)), seen = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            seen += histogram.get(i);
            if (seen >= rank) {
                return i / 10.0;
            }
        }
        return Double.NaN;
    }

    private static String heapMb(HttpClient http, String mgmt) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(mgmt + "/actuator/metrics/jvm.memory.used?tag=area:heap")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"value\":([0-9.E+]+)").matcher(body);
            return m.find() ? String.format("%.0f", Double.parseDouble(m.group(1)) / 1048576) : "?";
        } catch (Exception e) {
            return "?";
        }
    }

    private static long rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match in " + text);
        }
        return m.group(1);
    }
}
