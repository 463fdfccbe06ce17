package dev.pms.platform.db;

import java.sql.Connection;

/** Ending a database session that may be in any state, from any thread. */
public final class Connections {
    private Connections() {
    }

    /**
     * Closes the session's socket at once (JDBC's abort), without the driver's lock that an open COPY or a
     * statement in flight holds: the server rolls the transaction back by itself. The pool notices the dead
     * connection when it is given back and never hands it out again.
     */
    public static void abort(Connection pooled) {
        try {
            Connection physical = pooled.unwrap(Connection.class);
            physical.abort(Runnable::run);
        } catch (Throwable e) {
            // already closed, or closing failed: either way the session is gone or going
        }
    }
}
