package dev.pms.ops.api;

import dev.pms.jobs.JobQueries;
import dev.pms.jobs.JobsStatus;
import dev.pms.ops.DatabaseHealth;
import dev.pms.platform.security.AuthenticatedUser;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Readiness for load balancers: 503 while PostgreSQL does not answer; 200 while it does, with status UP, or
 * DEGRADED while a job worker makes no progress or queued jobs wait too long (requests are still served).
 * Everyone sees the statuses and, when degraded, the reasons in words; the figures (workers, queue, latency)
 * are for instance admins (and the management port's actuator). The queue is read, and the caller's session looked up, only once the database has answered, so
 * that the probe keeps within its time while the database is away.
 */
@RestController
class HealthApiController {
    private final DatabaseHealth database;
    private final JobQueries jobs;

    HealthApiController(DatabaseHealth database, JobQueries jobs) {
        this.database = database;
        this.jobs = jobs;
    }

    @GetMapping("/api/health")
    ResponseEntity<Map<String, Object>> health() {
        DatabaseHealth.Status db = database.check();
        if (!db.up()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("status", "DOWN", "database", Map.of("status", "DOWN")));
        }
        Optional<JobsStatus> status = jobs();
        boolean degraded = status.map(JobsStatus::degraded).orElse(false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", degraded ? "DEGRADED" : "UP");
        body.put("database", new LinkedHashMap<>(Map.of("status", "UP")));
        body.put("jobs", new LinkedHashMap<>(Map.of("status", status.isEmpty() ? "UNKNOWN" : degraded ? "DEGRADED" : "UP")));
        if (degraded) {
            body.put("reasons", status.get().problems());
        }
        if (instanceAdmin()) {
            addDetail(body, db, status);
        }
        return ResponseEntity.ok(body);
    }

    @GetMapping("/api/health/live")
    Map<String, String> live() {
        return Map.of("status", "UP");
    }

    @SuppressWarnings("unchecked")
    private static void addDetail(Map<String, Object> body, DatabaseHealth.Status db, Optional<JobsStatus> jobs) {
        ((Map<String, Object>) body.get("database")).put("latencyMillis", db.latencyMillis());
        jobs.ifPresent(status -> {
            Map<String, Object> detail = (Map<String, Object>) body.get("jobs");
            detail.put("worker", Map.of("running", status.workersRunning(), "workers", status.workers(),
                    "inHand", status.inHand(), "stalled", status.stalled()));
            detail.put("queue", Map.of("queued", status.queued(), "running", status.running(),
                    "oldestQueuedSeconds", status.oldestQueued().toSeconds()));
        });
    }

    private Optional<JobsStatus> jobs() {
        try {
            return Optional.of(jobs.status());
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    private static boolean instanceAdmin() {
        try {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getPrincipal() instanceof AuthenticatedUser user && user.instanceAdmin();
        } catch (RuntimeException e) {
            return false; // a session that cannot be read shows no detail
        }
    }
}
