package dev.pms.jobs;

import dev.pms.platform.db.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This node's workers and their heartbeat. Both take connections from the job workers' own pool
 * ({@link Background}), which has one for the heartbeat beside two per worker: busy pages never delay a
 * heartbeat, and busy workers never leave it without a connection.
 * Stopping the node lets running jobs finish for a grace
 * period, then cancels them (their transactions roll back) and hands their leases back at once, so
 * that another node need not wait for the leases to expire.
 */
@Component
class JobWorkers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);
    private final JobRepository jobs;
    private final JobsProperties properties;
    private final JobRunner runner;
    private final Map<UUID, JobLease> active = new ConcurrentHashMap<>();
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private List<Thread> threads = List.of();

    JobWorkers(JobRepository jobs, JobsProperties properties, List<JobHandler> handlers) {
        this.jobs = jobs;
        this.properties = properties;
        Map<String, JobHandler> byKind = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.runner = new JobRunner(jobs, byKind, properties, ownerName());
    }

    @Override
    public void start() {
        if (!properties.enabled() || running) {
            return;
        }
        running = true;
        List<Thread> started = new java.util.ArrayList<>();
        for (int i = 0; i < properties.workers(); i++) {
            started.add(Thread.ofVirtual().name("job-worker-" + i).start(() -> Background.run(this::work)));
        }
        started.add(Thread.ofVirtual().name("job-heartbeat").start(() -> Background.run(this::beat)));
        threads = List.copyOf(started);
        log.info("{} job workers started as {}", properties.workers(), runner.owner());
    }

    @Override
    public void stop() {
        running = false;
        signal.release(threads.size());
        if (!awaitIdle(properties.shutdownGrace().toMillis())) {
            active.values().forEach(lease -> lease.lose("node stopping"));
            awaitIdle(10_000);
        }
        threads.forEach(Thread::interrupt);
        try {
            int released = jobs.release(runner.owner());
            if (released > 0) {
                log.info("Handed {} job lease(s) back on shutdown", released);
            }
        } catch (RuntimeException e) {
            log.warn("Could not hand job leases back; they expire after {}", properties.leaseDuration(), e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Wakes an idle worker: a job was queued on this node. */
    void wake() {
        signal.release();
    }

    /** Jobs this node runs now. */
    int inHand() {
        return active.size();
    }

    String owner() {
        return runner.owner();
    }

    private void work() {
        while (running) {
            try {
                Optional<JobLease> claimed = runner.claim();
                if (claimed.isPresent()) {
                    run(claimed.get());
                } else {
                    signal.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Job worker could not poll: {}", e.getMessage());
                sleep(properties.pollInterval().toMillis());
            }
        }
    }

    private void run(JobLease lease) {
        hold(lease);
        try {
            runner.execute(lease);
        } finally {
            release(lease);
        }
    }

    /** From now on the heartbeat renews this lease. */
    void hold(JobLease lease) {
        active.put(lease.job().id(), lease);
    }

    void release(JobLease lease) {
        active.remove(lease.job().id());
    }

    private void beat() {
        while (running) {
            sleep(properties.heartbeatInterval().toMillis());
            heartbeat();
        }
    }

    /** Renews every lease this node holds; one that could not be renewed is marked lost so its job stops. */
    void heartbeat() {
        // only the leases asked for may be judged by the answer: renewing can wait for row locks of jobs that
        // are completing, and a job claimed meanwhile would be missing from it without being lost
        Map<UUID, JobLease> held = Map.copyOf(active);
        if (held.isEmpty()) {
            return;
        }
        try {
            List<UUID> renewed = jobs.renew(runner.owner(), held.keySet(), properties.leaseDuration());
            held.forEach((id, lease) -> {
                if (!renewed.contains(id)) {
                    lease.lose("lease expired and could not be renewed");
                }
            });
        } catch (RuntimeException e) {
            log.warn("Job heartbeat failed: {}", e.getMessage());
        }
    }

    private boolean awaitIdle(long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!active.isEmpty() && System.currentTimeMillis() < deadline) {
            sleep(50);
        }
        return active.isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String ownerName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
