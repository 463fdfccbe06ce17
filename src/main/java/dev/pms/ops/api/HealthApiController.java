package dev.pms.ops.api;

import dev.pms.jobs.JobQueries;
import dev.pms.jobs.JobsStatus;
import dev.pms.ops.DatabaseHealth;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness for load balancers: 200 while PostgreSQL answers, 503 while it does not; liveness needs only
 * the JVM. The job workers and the queue are reported for operators but do not decide readiness: a node
 * whose workers are off still serves requests. The queue is read only once the database has answered,
 * so that the probe keeps within its time while the database is away.
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", db.up() ? "UP" : "DOWN");
        Map<String, Object> dbBody = new LinkedHashMap<>();
        dbBody.put("status", db.up() ? "UP" : "DOWN");
        dbBody.put("latencyMillis", db.latencyMillis());
        if (db.error() != null) {
            dbBody.put("error", db.error());
        }
        body.put("database", dbBody);
        body.put("jobs", db.up() ? jobs() : Map.of("status", "UNKNOWN"));
        return ResponseEntity.status(db.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @GetMapping("/api/health/live")
    Map<String, String> live() {
        return Map.of("status", "UP");
    }

    private Map<String, Object> jobs() {
        try {
            JobsStatus status = jobs.status();
            return Map.of(
                    "worker", Map.of("running", status.workersRunning(), "workers", status.workers(), "inHand", status.inHand()),
                    "queue", Map.of("queued", status.queued(), "running", status.running(),
                            "oldestQueuedSeconds", status.oldestQueued().toSeconds()));
        } catch (DataAccessException e) {
            return Map.of("status", "UNKNOWN");
        }
    }
}
