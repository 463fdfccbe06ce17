package dev.pms.platform.db;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where PMS keeps its data. With no {@code url} PMS runs its own PostgreSQL with data in {@code dataDir}.
 *
 * @param url          {@code postgres://user:pass@host:port/db} or a {@code jdbc:postgresql:} URL; empty for the embedded database
 * @param dataDir      data directory of the embedded database
 * @param port         port of the embedded database (0 picks a free one)
 * @param readUrl      optional replica for reads that may lag (exports), in the same forms as {@code url}
 * @param readPoolSize connections of the reads pool
 * @param readPoolWait how long a read waits for one of them before it is refused
 * @param jobsPoolSize connections of the job workers' pool, two per worker and one for their heartbeat
 */
@Validated
@ConfigurationProperties("pms.database")
public record DatabaseProperties(String url, Path dataDir, int port, String readUrl,
                                 @Positive int readPoolSize, @NotNull Duration readPoolWait,
                                 @Positive int jobsPoolSize) {
    public DatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    boolean hasReadUrl() {
        return readUrl != null && !readUrl.isBlank();
    }
}
