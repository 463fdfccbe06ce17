package dev.pms.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Import metrics: rows inserted and rejected, and how long imports take by outcome (queue depth is the jobs module's). */
@Component
class ImportMetrics {
    private final MeterRegistry registry;
    private final Counter inserted;
    private final Counter rejected;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.inserted = Counter.builder("pms.import.rows").tag("outcome", "inserted")
                .description("Rows of imported files stored as tasks").register(registry);
        this.rejected = Counter.builder("pms.import.rows").tag("outcome", "rejected")
                .description("Rows of imported files rejected as invalid").register(registry);
    }

    void finished(ImportStatus status, ImportRepository.Counts counts, Duration took) {
        inserted.increment(counts.inserted());
        rejected.increment(counts.rejected());
        Timer.builder("pms.import.duration").tag("status", status.name()).description("Import jobs from claim to commit")
                .register(registry).record(took);
    }
}
