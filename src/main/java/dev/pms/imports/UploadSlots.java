package dev.pms.imports;

import dev.pms.platform.web.ProblemException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many uploads one node stores at once. Storing a file holds a pooled connection while it goes into
 * PostgreSQL; a burst of uploads waits here, in turn, instead of taking every connection that pages need.
 */
@Component
class UploadSlots {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private final Semaphore slots;
    private final Duration wait;

    UploadSlots(ImportProperties properties) {
        this.slots = new Semaphore(properties.concurrentUploads(), true);
        this.wait = properties.uploadWait();
    }

    <T> T within(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Takes a slot, waiting up to the configured time; {@link #release} gives it back. */
    void acquire() {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ProblemException.busy("uploads-busy", "Too many uploads are being stored at once; try again in a moment",
                        RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.busy("uploads-busy", "The upload was interrupted; try again", RETRY_AFTER);
        }
    }

    void release() {
        slots.release();
    }
}
