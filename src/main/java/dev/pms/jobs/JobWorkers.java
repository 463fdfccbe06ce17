package dev.pms.jobs;

import dev.pms.platform.db.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This node's workers. They run on platform threads: parsing is CPU-bound and would pin the carriers that
 * requests share. Their connections come from the job workers' own pool ({@link Background}). A worker's loop
 * survives any failure, and a worker whose thread ends anyway, or that {@link JobHeartbeat} finds stuck, is
 * replaced, so that the node keeps its capacity. Stopping the node lets running jobs finish for a grace
 * period, then cancels them (their transactions roll back) and hands their leases back at once, so that
 * another node need not wait for the leases to expire.
 */
@Component
class JobWorkers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);
    private final JobRepository jobs;
    private final JobsProperties properties;
    private final JobRunner runner;
    private final JobMonitor monitor;
    private final JobHeartbeat heartbeat;
    private final Map<UUID, Running> active = new ConcurrentHashMap<>();
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    private final Set<Worker> abandoned = ConcurrentHashMap.newKeySet();
    private final AtomicInteger started = new AtomicInteger();
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;

    /** A job in hand and the worker that runs it (none for a lease a test holds by hand). */
    record Running(JobLease lease, Worker worker) {
    }

    JobWorkers(JobRepository jobs, JobsProperties properties, List<JobHandler> handlers, JobMonitor monitor,
               PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.properties = properties;
        this.monitor = monitor;
        Map<String, JobHandler> byKind = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.runner = new JobRunner(jobs, byKind, properties, ownerName(), monitor, new TransactionTemplate(transactions));
        this.heartbeat = new JobHeartbeat(this, jobs, properties, monitor);
    }

    @Override
    public void start() {
        if (!properties.enabled() || running) {
            return;
        }
        running = true;
        monitor.watch(this);
        for (int i = 0; i < properties.workers(); i++) {
            spawn();
        }
        heartbeat.start();
        log.info("{} job workers started as {}", properties.workers(), runner.owner());
    }

    @Override
    public void stop() {
        running = false;
        signal.release(workers.size() + 1);
        if (!awaitIdle(properties.shutdownGrace().toMillis())) {
            active.values().forEach(r -> r.lease().lose("node stopping"));
            if (!awaitIdle(10_000)) {
                active.values().stream().map(Running::worker).filter(w -> w != null).forEach(Worker::abandon);
            }
        }
        heartbeat.stop();
        workers.forEach(w -> w.thread().interrupt());
        workers.clear();
        monitor.unwatch(this);
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

    /** The threads of this node's workers and heartbeat. */
    List<Thread> threads() {
        List<Thread> threads = new ArrayList<>(workers.stream().map(Worker::thread).toList());
        heartbeat.thread().ifPresent(threads::add);
        return threads;
    }

    /** Jobs in hand that have made no progress past the limit, and cut-off workers that have not ended yet. */
    int stalled() {
        abandoned.removeIf(w -> !w.alive());
        long slow = active.values().stream().filter(r -> r.lease().sinceProgress().compareTo(properties.noProgressLimit()) > 0).count();
        return Math.toIntExact(slow + abandoned.size());
    }

    Duration noProgressLimit() {
        return properties.noProgressLimit();
    }

    Map<UUID, Running> active() {
        return Map.copyOf(active);
    }

    /** One beat now, as the heartbeat's thread does every interval. */
    void heartbeat() {
        heartbeat.beat();
    }

    /** From now on the heartbeat renews this lease. */
    void hold(JobLease lease) {
        active.put(lease.job().id(), new Running(lease, null));
    }

    void release(JobLease lease) {
        active.computeIfPresent(lease.job().id(), (id, r) -> r.lease() == lease ? null : r);
    }

    /** Takes a job away from a worker that made no progress, and puts a fresh worker in its place. */
    void cutOff(Running stuck) {
        active.remove(stuck.lease().job().id(), stuck);
        Worker worker = stuck.worker();
        if (worker != null && workers.remove(worker)) {
            abandoned.add(worker);
            worker.abandon();
            if (running) {
                spawn();
            }
        }
    }

    private void spawn() {
        Worker worker = new Worker("job-worker-" + started.getAndIncrement());
        workers.add(worker);
        worker.start(() -> {
            try {
                Background.run(worker.connections, () -> work(worker));
            } finally {
                replaceIfLost(worker);
            }
        });
    }

    /** A worker's thread that ends while the node runs (an Error thrown past its loop) is replaced. */
    private void replaceIfLost(Worker worker) {
        if (running && workers.remove(worker)) {
            log.error("Job worker {} ended unexpectedly; starting another", worker.name);
            spawn();
        }
    }

    private void work(Worker me) {
        while (running && !me.abandoned()) {
            try {
                Optional<JobLease> claimed = runner.claim();
                if (claimed.isPresent()) {
                    run(me, claimed.get());
                } else {
                    signal.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                // stopping or cut off: the loop's condition decides
            } catch (Throwable e) {
                pause(e);
            }
        }
    }

    private void run(Worker me, JobLease lease) {
        Running job = new Running(lease, me);
        active.put(lease.job().id(), job);
        try {
            runner.execute(lease);
        } finally {
            active.remove(lease.job().id(), job);
        }
    }

    private void pause(Throwable e) {
        try {
            log.warn("Job worker could not poll: {}", e.getMessage());
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (Throwable ignored) {
            // out of memory or interrupted: the loop goes on or ends by its condition
        }
    }

    private boolean awaitIdle(long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!active.isEmpty() && System.currentTimeMillis() < deadline) {
            JobHeartbeat.sleep(50);
        }
        return active.isEmpty();
    }

    private static String ownerName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
