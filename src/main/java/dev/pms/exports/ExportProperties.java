package dev.pms.exports;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Limits of exports.
 *
 * @param perUser     exports one person runs at once on one node; the others wait their turn
 * @param perUserWait how long such an export waits for its turn before it is refused with 429
 */
@Validated
@ConfigurationProperties("pms.export")
record ExportProperties(@Min(1) int perUser, @NotNull Duration perUserWait) {
}
