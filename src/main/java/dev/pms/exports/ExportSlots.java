package dev.pms.exports;

import dev.pms.platform.web.ProblemException;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few exports per person at once, so that one person's parallel downloads cannot take every connection of
 * the reads pool while others wait. Counted per node, as the reads pool is: on each node a person holds at
 * most {@code perUser} of its connections. The others wait in arrival order, holding no connection.
 */
final class ExportSlots {
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private final int perUser;
    private final Duration wait;
    private final Map<UUID, Slot> slots = new ConcurrentHashMap<>();

    ExportSlots(ExportProperties properties) {
        this.perUser = properties.perUser();
        this.wait = properties.perUserWait();
    }

    /** One export's turn, given back on close. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    Turn take(UUID userId) {
        Slot slot = slots.compute(userId, (id, held) -> (held == null ? new Slot(new Semaphore(perUser, true)) : held).join());
        if (!acquire(slot.permits)) {
            leave(userId);
            throw ProblemException.tooManyRequests("exports-per-user", "You already have " + perUser
                    + " exports running; wait for one of them to finish", RETRY_AFTER);
        }
        return () -> {
            slot.permits.release();
            leave(userId);
        };
    }

    private boolean acquire(Semaphore permits) {
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The entry goes when its last export or waiter does, so the map holds only people exporting now. */
    private void leave(UUID userId) {
        slots.computeIfPresent(userId, (id, slot) -> --slot.users == 0 ? null : slot);
    }

    private static final class Slot {
        private final Semaphore permits;
        private int users;

        private Slot(Semaphore permits) {
            this.permits = permits;
        }

        private Slot join() {
            users++;
            return this;
        }
    }
}
