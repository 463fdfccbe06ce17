package dev.pms.support;

import dev.pms.platform.db.EmbeddedServerSettings;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * A running PMS on a real PostgreSQL: one embedded server per test JVM (a copy of the build's migrated data directory
 * under target/, see {@link DataDirectories}), every table emptied before each test, and an HTTP client per person.
 */
// tests sign many people up from one address; SignUpLimitTests checks the real limit. The shared contexts close when
// their test JVM ends: a request still open then (a long poll, the stream of a page a test left) held each one for the
// 20 s of graceful shutdown, the JVM's last; the tests of graceful shutdown start nodes of their own (AppInstance).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "pms.rate-limit.sign-up.capacity=1000000", "pms.backup.enabled=false",
                "server.shutdown=immediate"})
@Import({IntegrationTest.Clocks.class, IntegrationTest.Scratch.class, UnguardedController.Api.class, UnguardedController.Page.class})
public abstract class IntegrationTest {
    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** Time as the rate limits see it; {@code clock.advance(...)} passes a window without waiting. */
    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("pms.database.data-dir", () -> Database.DIR.toString());
        registry.add("pms.database.url", () -> "");
        registry.add("pms.database.read-url", () -> "");
    }

    @BeforeEach
    void emptyTables() {
        DatabaseCleaner.clean(jdbc);
        TeamSnapshot.register(port, jdbc);
    }

    /** A new person with an account, signed in through the API. */
    protected Api signUp(String name) {
        return Api.signUp(port, name);
    }

    protected Api anonymous() {
        return new Api(port);
    }

    /** Copied when the first context of the JVM reads it; the contexts with settings of their own share it. */
    private static final class Database {
        static final Path DIR = DataDirectories.migrated(Path.of("target", "test-db-" + ProcessHandle.current().pid()));
    }

    /** Not a component, so that applications started by tests themselves keep the system clock. */
    static class Clocks {
        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }

    /**
     * The shared test server is scratch space, thrown away with target/: it never syncs to disk. A commit then waits
     * for no fsync (milliseconds each on this disk, and every request commits its session). A crash of PostgreSQL
     * alone still loses nothing (the operating system holds the writes); the tests of durability run servers of their
     * own (CrashRestoreTests, PointInTimeRestoreTests), which keep fsync on.
     */
    static class Scratch {
        @Bean
        EmbeddedServerSettings noFsync() {
            return () -> Map.of("fsync", "off", "full_page_writes", "off");
        }
    }
}
