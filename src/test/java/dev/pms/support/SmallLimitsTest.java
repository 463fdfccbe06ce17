package dev.pms.support;

import org.springframework.test.context.TestPropertySource;

/**
 * A PMS whose pools and import limits are small enough for a test to fill them: a requests pool of four
 * connections, a reads pool of one that refuses after half a second, one upload stored at a time, and 1 MB,
 * 1,000 rows and 1,000,000 characters of text per import. All such tests share this one context (and each
 * other's settings), so that the run starts two applications instead of one per setting.
 */
@OwnSettings
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=4",
        "pms.database.read-pool-size=1",
        "pms.database.read-pool-wait=500ms",
        "pms.import.concurrent-uploads=1",
        "pms.import.upload-wait=2s",
        "pms.import.max-bytes=1MB",
        "pms.import.max-rows=1000",
        "pms.import.max-text-chars=1000000"})
public abstract class SmallLimitsTest extends IntegrationTest {
}
