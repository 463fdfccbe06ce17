package dev.pms.backup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For {@code ./pms backup} while PMS runs: the embedded PostgreSQL is already serving the data directory (and a
 * second one may not start on it), so the command connects to that server, found through its postmaster.pid
 * (process id on the first line, port on the fourth). When none runs, the command starts the embedded one as usual.
 */
public final class RunningServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("pms.database.url", "").isBlank()) {
            return;
        }
        port(Path.of(environment.getProperty("pms.database.data-dir", "data"))).ifPresent(port ->
                environment.getPropertySources().addFirst(new MapPropertySource("running-embedded-postgres",
                        Map.of("pms.database.url", "postgres://postgres:postgres@localhost:" + port + "/postgres"))));
    }

    /** The port of a live PostgreSQL on {@code dataDir}, if one runs. */
    static Optional<Integer> port(Path dataDir) {
        Path pid = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pid) ? Files.readAllLines(pid) : List.of();
            if (lines.size() < 4 || ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
