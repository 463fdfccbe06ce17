package dev.pms;

import dev.pms.backup.BackupException;
import dev.pms.backup.BackupService;
import dev.pms.backup.RestoreCommand;
import dev.pms.backup.RunningServer;
import dev.pms.ops.SeedOptions;
import dev.pms.ops.Seeder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Arrays;

@SpringBootApplication
public class PmsApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "seed" -> seed(rest);
            case "backup" -> backup(rest);
            case "restore" -> restore(rest);
            default -> SpringApplication.run(PmsApplication.class, args);
        }
    }

    /** {@code backup}: a base backup now, through the running PMS's PostgreSQL if there is one, else its own. */
    private static void backup(String[] args) {
        try {
            takeBackup(args);
        } catch (BackupException e) {
            fail(e);
        }
    }

    /** What {@code ./pms backup} does, with PMS's settings as arguments ({@code --pms.backup.dir=...}); says what it took. */
    public static String takeBackup(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PmsApplication.class)
                .web(WebApplicationType.NONE).initializers(new RunningServer())
                .properties("pms.jobs.enabled=false", "pms.demo.enabled=false", "pms.backup.first-on-start=false").run(args)) {
            return context.getBean(BackupService.class).take();
        }
    }

    /** {@code restore [--at TIME] [--from DIR] [--into DIR] [--replace] [--no-start]}, then PMS on the restored data. */
    private static void restore(String[] args) {
        try {
            Path restored = RestoreCommand.run(args);
            if (!Arrays.asList(args).contains("--no-start")) {
                LoggerFactory.getLogger(PmsApplication.class).info("Starting PMS on {}; to keep using it, start PMS with "
                        + "PMS_DATA_DIR={} from now on (or move it to the data folder)", restored, restored);
                SpringApplication.run(PmsApplication.class, "--pms.database.data-dir=" + restored);
            }
        } catch (BackupException e) {
            fail(e);
        }
    }

    private static void fail(BackupException e) {
        LoggerFactory.getLogger(PmsApplication.class).error(e.getMessage());
        System.exit(1);
    }

    /** {@code seed --users N --workspaces N --tasks N}: fills the configured database without starting the web server. */
    private static void seed(String[] args) {
        SeedOptions options = SeedOptions.parse(Arrays.asList(args));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PmsApplication.class)
                .web(WebApplicationType.NONE).properties("pms.jobs.enabled=false", "pms.demo.enabled=false",
                        "pms.backup.first-on-start=false").run()) {
            context.getBean(Seeder.class).seed(options);
        }
    }
}
