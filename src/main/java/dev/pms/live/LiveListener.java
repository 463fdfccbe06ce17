package dev.pms.live;

import dev.pms.platform.db.DirectConnections;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The node's one LISTEN session, outside the pools, on a platform thread of its own (it blocks in the driver's
 * socket read). It listens to the channels of the workspaces that this node's streams show, hands every
 * notification to the {@link LiveHub}, and when the session is lost opens a new one, listens again, and only then
 * tells every stream to resync: a change committed meanwhile is then in what the pages fetch.
 */
@Component
class LiveListener implements SmartLifecycle {
    static final String APPLICATION_NAME = "pms-live-listen";
    private static final Logger log = LoggerFactory.getLogger(LiveListener.class);
    private static final Duration MAX_RECONNECT_WAIT = Duration.ofSeconds(5);
    private static final long PING_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    private final DirectConnections connections;
    private final LiveHub hub;
    private final LiveProperties properties;
    /** Channels wanted, each with a future completed once LISTEN for it has run on the current session. */
    private final Map<String, CompletableFuture<Void>> wanted = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection session;

    LiveListener(DirectConnections connections, LiveHub hub, LiveProperties properties) {
        this.connections = connections;
        this.hub = hub;
        this.properties = properties;
    }

    /** Listens to the channel (if not yet); the future completes once notifications for it arrive here. */
    CompletableFuture<Void> listen(String channel) {
        return wanted.computeIfAbsent(channel, c -> new CompletableFuture<>());
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("pms-live-listen").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        // an open stream is a request in flight: the web server's graceful shutdown would wait for it until its
        // phase times out (20 s), then cut it anyway. Ended now, the pages reconnect to another node at once.
        hub.closeAll();
        Connection current = session;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        thread.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration wait = properties.reconnectWait();
        boolean lost = false;
        while (running) {
            try (Connection connection = connections.open(APPLICATION_NAME)) {
                session = connection;
                Set<String> listening = new HashSet<>();
                sync(connection, listening);
                if (lost) {
                    log.info("Live updates: the LISTEN connection is back; pages resync");
                    hub.resyncAll();
                }
                wait = properties.reconnectWait();
                receive(connection, listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                lost = true;
                log.warn("Live updates: the LISTEN connection was lost ({}); reconnecting in {} ms", e.getMessage(), wait.toMillis());
                wanted.replaceAll((channel, future) -> future.isDone() ? new CompletableFuture<>() : future);
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_RECONNECT_WAIT) > 0 ? MAX_RECONNECT_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private void receive(Connection connection, Set<String> listening) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        int poll = (int) properties.listenPoll().toMillis();
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(poll);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    hub.deliver(notification.getName(), notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > PING_EVERY_NANOS) {
                // a half-open TCP session shows itself only when something is sent
                execute(connection, "select 1");
                quietSince = System.nanoTime();
            }
            sync(connection, listening);
        }
    }

    /**
     * LISTEN to the channels newly wanted, UNLISTEN those that have no stream here any more. A stream is
     * added to the hub before it asks to listen, and the check and removal are atomic per channel, so a new stream
     * either keeps the channel or finds it gone and listens anew.
     */
    private void sync(Connection connection, Set<String> listening) throws SQLException {
        for (String channel : listening) {
            wanted.computeIfPresent(channel, (c, future) -> future.isDone() && !hub.watches(c) ? null : future);
        }
        for (Map.Entry<String, CompletableFuture<Void>> channel : wanted.entrySet()) {
            if (listening.add(channel.getKey())) {
                execute(connection, "LISTEN " + channel.getKey());
            }
            channel.getValue().complete(null);
        }
        for (var it = listening.iterator(); it.hasNext(); ) {
            String channel = it.next();
            if (!wanted.containsKey(channel)) {
                execute(connection, "UNLISTEN " + channel);
                it.remove();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
