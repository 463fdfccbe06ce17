package dev.pms.imports;

import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lets a request wait for an import to end instead of polling it ({@code Prefer: wait=N}). An import
 * that ends on this node wakes its waiters at once; one that ends on another node is seen at the next
 * re-read, once a second. A waiter holds no database connection while it waits.
 */
@Service
public class ImportWaits {
    private static final Duration LONGEST = Duration.ofSeconds(30);
    private static final Duration REREAD = Duration.ofSeconds(1);
    private final Map<UUID, Set<CompletableFuture<Import>>> waiting = new ConcurrentHashMap<>();
    private final ImportQueries queries;

    ImportWaits(ImportQueries queries) {
        this.queries = queries;
    }

    /** The wait that {@link #await} gives: at most 30 s, below the read timeouts of common proxies. */
    public static Duration bounded(Duration wait) {
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    /** The import once it has ended, or as it is when {@code wait} (at most 30 s) has passed. */
    public Import await(WorkspaceAccess access, UUID importId, Duration wait) {
        long deadline = System.nanoTime() + bounded(wait).toNanos();
        CompletableFuture<Import> ended = new CompletableFuture<>();
        // listen before reading, so that an end between the read and the wait is not missed
        waiting.computeIfAbsent(importId, id -> ConcurrentHashMap.newKeySet()).add(ended);
        try {
            Import current = queries.get(access, importId);
            for (long left; !current.ended() && (left = deadline - System.nanoTime()) > 0; ) {
                try {
                    return ended.get(Math.min(left, REREAD.toNanos()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    current = queries.get(access, importId);
                }
            }
            return current;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return queries.get(access, importId);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            waiting.computeIfPresent(importId, (id, futures) -> futures.remove(ended) && futures.isEmpty() ? null : futures);
        }
    }

    /** Hands an import's end, once committed on this node, to the requests that wait for it. */
    void ended(Import view) {
        Set<CompletableFuture<Import>> futures = waiting.remove(view.id());
        if (futures != null) {
            futures.forEach(future -> future.complete(view));
        }
    }
}
