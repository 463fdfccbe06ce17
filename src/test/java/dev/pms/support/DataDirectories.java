package dev.pms.support;

import dev.pms.platform.db.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PostgreSQL data directories for the tests. Every test JVM and every test that runs a PostgreSQL of its own needs a
 * migrated database; initdb and the migrations took each of them over a second on a quiet machine, more with three
 * JVMs on two cores, and a copy takes a fraction of that. So the first JVM of a build makes one data directory,
 * initialised and migrated, under target/ and every later one copies it: {@link #migrated}. Its folder is named after the migrations and the PostgreSQL binaries, so
 * that a changed or new migration makes a new one. The tests of migrating an empty database and of recovering one
 * (ExternalDatabaseTests, CrashRestoreTests, PointInTimeRestoreTests) start from empty as before.
 */
public final class DataDirectories {
    private static final Path TARGET = Path.of("target");
    /** zonky's lock of a running server, and PostgreSQL's own: neither belongs in a copy. */
    private static final Set<String> NOT_COPIED = Set.of("epg-lock", "postmaster.pid");
    /** This JVM's template, once found or made: the migrations do not change while it runs. */
    private static Path template;

    private DataDirectories() {
    }

    /** {@code dir}, emptied if it held anything, as a copy of the build's migrated data directory. */
    public static Path migrated(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
            copy(template(), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the migrated test database to " + dir, e);
        }
    }

    /**
     * A cleanly stopped data directory, file by file, with its permissions (PostgreSQL wants its own folder 0700), into
     * {@code to}, new or empty.
     */
    public static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.equals(from) && Files.isDirectory(to)) {
                    Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
                } else {
                    Files.copy(dir, to.resolve(from.relativize(dir).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!NOT_COPIED.contains(file.getFileName().toString())) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * The migrated data directory, made by the first test JVM that asks; the others wait for it on a file lock, and
     * a build whose migrations did not change finds the last build's.
     */
    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = TARGET.resolve("test-db-template-" + fingerprint()).toAbsolutePath();
            Files.createDirectories(TARGET);
            try (FileChannel lock = FileChannel.open(TARGET.resolve("test-db-template.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var held = lock.lock()) {
                if (!Files.isDirectory(dir)) {
                    deleteOtherTemplates();
                    Path making = Path.of(dir + ".making");
                    initialiseAndMigrate(making);
                    Files.move(making, dir, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            template = dir;
        }
        return template;
    }

    /** initdb with the settings PMS runs its PostgreSQL with, the application's migrations, and a clean shutdown. */
    private static void initialiseAndMigrate(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (EmbeddedPostgres postgres = EmbeddedDatabase.configure(dir, 0, Map.of("fsync", "off")).start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations(flywayLocations()).load().migrate();
        }
        // zonky's stop gives up after 5 s and goes on; a copy of a server still running would not be consistent
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Files.exists(dir.resolve("postmaster.pid"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The PostgreSQL of " + dir + " did not stop within 60 s");
            }
            sleep();
        }
    }

    private static String[] flywayLocations() throws IOException {
        var properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        return properties.getProperty("spring.flyway.locations", "classpath:db/migration").split(",");
    }

    /** The migrations' names and contents, and the jars of the PostgreSQL binaries, hashed. */
    private static String fingerprint() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Resource[] migrations = Stream.of(flywayLocations())
                .flatMap(location -> resources(resolver, location.replaceFirst("^classpath:", "classpath*:") + "/**/*"))
                .filter(Resource::isReadable)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toArray(Resource[]::new);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Resource migration : migrations) {
                digest.update(migration.getFilename().getBytes(StandardCharsets.UTF_8));
                digest.update(migration.getContentAsByteArray());
            }
            for (Resource binaries : resources(resolver, "classpath*:postgres-*.txz").toList()) {
                digest.update(binaries.getURL().toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Resource> resources(PathMatchingResourcePatternResolver resolver, String pattern) {
        try {
            return Stream.of(resolver.getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The templates of earlier migrations (tens of megabytes each), and any a JVM killed while making one left. */
    private static void deleteOtherTemplates() throws IOException {
        try (Stream<Path> old = Files.list(TARGET)) {
            for (Path dir : old.filter(path -> path.getFileName().toString().startsWith("test-db-template-")).toList()) {
                FileSystemUtils.deleteRecursively(dir);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
