package dev.pms.ops;

import dev.pms.jobs.JobQueries;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The checks of the actuator's readiness group (management port): the database, bounded as /api/health's is,
 * so that a node whose PostgreSQL is down or paused leaves the load balancer; and this node's job workers,
 * DEGRADED (still ready: requests are served) while one is stuck. Neither waits on a pool.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessChecks {
    static final Status DEGRADED = new Status("DEGRADED", "Serving requests, but background jobs are stuck");

    @Bean
    HealthIndicator databaseHealthIndicator(DatabaseHealth database) {
        return () -> {
            DatabaseHealth.Status status = database.check();
            Health.Builder health = status.up() ? Health.up() : Health.down().withDetail("error", status.error());
            return health.withDetail("latencyMillis", status.latencyMillis()).build();
        };
    }

    @Bean
    HealthIndicator jobsHealthIndicator(JobQueries jobs) {
        return () -> {
            List<String> problems = jobs.workerProblems();
            return problems.isEmpty() ? Health.up().build() : Health.status(DEGRADED).withDetail("reasons", problems).build();
        };
    }
}
