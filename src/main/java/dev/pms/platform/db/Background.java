package dev.pms.platform.db;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Background work (the job workers) takes its connections from a pool of its own, "pms-jobs": a burst of
 * imports then waits for its own connections and never leaves page requests waiting for one. Code run
 * through {@link #run} gets that pool from the one {@code DataSource} everyone injects, and the connections it
 * takes are recorded in its {@link HeldConnections}, so that a stuck worker's can be cut off from outside.
 */
public final class Background {
    private static final ScopedValue<HeldConnections> ACTIVE = ScopedValue.newInstance();

    private Background() {
    }

    public static void run(Runnable work) {
        run(new HeldConnections(), work);
    }

    public static void run(HeldConnections held, Runnable work) {
        ScopedValue.where(ACTIVE, held).run(work);
    }

    static boolean active() {
        return ACTIVE.isBound();
    }

    static HeldConnections held() {
        return ACTIVE.get();
    }

    /**
     * Once the current transaction has rolled back (or committed), ends the sessions this background work still
     * holds instead of giving them back to the pool: after an unexpected failure their state is unknown.
     */
    public static void discardAfterTransaction() {
        if (!active() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        HeldConnections held = held();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                held.abort();
            }
        });
    }
}
