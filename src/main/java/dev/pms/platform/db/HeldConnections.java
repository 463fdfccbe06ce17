package dev.pms.platform.db;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pooled connections one background worker has taken and not yet given back. Another thread can cut them
 * off when the worker is stuck: the server then rolls back the worker's transaction and frees its locks, and
 * the pool opens new connections in their place instead of ever handing these out again.
 */
public final class HeldConnections {
    private final Map<Connection, HikariDataSource> open = new ConcurrentHashMap<>();

    void taken(HikariDataSource pool, Connection connection) {
        open.keySet().removeIf(HeldConnections::returned);
        open.put(connection, pool);
    }

    /**
     * Ends the session of every connection still held and evicts it from its pool. Safe from any thread: the
     * socket is closed under the worker, whose next statement fails instead of waiting.
     */
    public int abort() {
        int aborted = 0;
        for (Map.Entry<Connection, HikariDataSource> held : open.entrySet()) {
            open.remove(held.getKey());
            if (!returned(held.getKey())) {
                Connections.abort(held.getKey());
                held.getValue().evictConnection(held.getKey());
                aborted++;
            }
        }
        return aborted;
    }

    private static boolean returned(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
