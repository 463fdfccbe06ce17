package dev.pms.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code pms.db.connections{state}} and {@code pms.db.connections.max}: the database's connections from every
 * node, next to this node's pool (hikaricp_*); {@code pms.db.up}: whether the sample reached the database. Sampled every 15 s rather than per scrape, so that a scrape
 * never waits on a busy or absent database.
 */
@Component
class DatabaseConnectionMetrics {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConnectionMetrics.class);
    private final SystemRepository repository;
    private final MultiGauge byState;
    private final AtomicInteger max = new AtomicInteger();
    private final AtomicInteger up = new AtomicInteger(1);

    DatabaseConnectionMetrics(SystemRepository repository, MeterRegistry registry) {
        this.repository = repository;
        this.byState = MultiGauge.builder("pms.db.connections")
                .description("PostgreSQL client connections by state, all nodes").register(registry);
        Gauge.builder("pms.db.connections.max", max, AtomicInteger::get)
                .description("PostgreSQL max_connections").register(registry);
        Gauge.builder("pms.db.up", up, AtomicInteger::get)
                .description("1 while the last sample reached PostgreSQL, 0 while it did not (the health alert)").register(registry);
    }

    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT1S")
    void sample() {
        try {
            max.set(repository.maxConnections());
            byState.register(repository.connectionsByState().entrySet().stream()
                    .map(e -> MultiGauge.Row.of(Tags.of("state", e.getKey()), e.getValue())).toList(), true);
            up.set(1);
        } catch (DataAccessException e) {
            up.set(0);
            log.debug("Database connections not sampled: {}", e.getMessage());
        }
    }
}
