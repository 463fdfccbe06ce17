package dev.pms.platform.db;

/**
 * Background work (the job workers) takes its connections from a pool of its own, "pms-jobs": a burst of
 * imports then waits for its own connections and never leaves page requests waiting for one. Code run
 * through {@link #run} gets that pool from the one {@code DataSource} everyone injects.
 */
public final class Background {
    private static final ScopedValue<Boolean> ACTIVE = ScopedValue.newInstance();

    private Background() {
    }

    public static void run(Runnable work) {
        ScopedValue.where(ACTIVE, Boolean.TRUE).run(work);
    }

    static boolean active() {
        return ACTIVE.isBound();
    }
}
