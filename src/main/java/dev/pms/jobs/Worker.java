package dev.pms.jobs;

import dev.pms.platform.db.HeldConnections;

/**
 * One worker thread of a node, with the connections it holds. A worker stuck without progress is abandoned:
 * its connections are cut off, a fresh worker takes its place, and it ends by itself if its job ever returns.
 */
final class Worker {
    final String name;
    final HeldConnections connections = new HeldConnections();
    private volatile Thread thread;
    private volatile boolean abandoned;

    Worker(String name) {
        this.name = name;
    }

    void start(Runnable loop) {
        thread = Thread.ofPlatform().name(name).daemon(true).unstarted(loop);
        thread.start();
    }

    Thread thread() {
        return thread;
    }

    boolean abandoned() {
        return abandoned;
    }

    /** Cuts the worker off: its transaction ends on the server, and a wait of its own is interrupted. */
    void abandon() {
        abandoned = true;
        connections.abort();
        thread.interrupt();
    }

    boolean alive() {
        return thread != null && thread.isAlive();
    }
}
