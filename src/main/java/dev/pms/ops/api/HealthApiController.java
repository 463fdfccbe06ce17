package dev.pms.ops.api;

import dev.pms.ops.DatabaseHealth;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** Readiness for load balancers: 200 while PostgreSQL answers, 503 while it does not; liveness needs only the JVM. */
@RestController
class HealthApiController {
    private final DatabaseHealth database;

    HealthApiController(DatabaseHealth database) {
        this.database = database;
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
        return ResponseEntity.status(db.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @GetMapping("/api/health/live")
    Map<String, String> live() {
        return Map.of("status", "UP");
    }
}
