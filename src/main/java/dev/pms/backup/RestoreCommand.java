package dev.pms.backup;

import dev.pms.platform.db.DatabaseProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code ./pms restore}: reads PMS's own settings (PMS_BACKUP_DIR, PMS_DATA_DIR, ...) as PMS would, but starts
 * nothing of PMS, since the current database must not be touched; then restores, and returns the folder PMS
 * is to start on.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static Path run(String[] args) {
        RestoreOptions options = RestoreOptions.parse(Arrays.asList(args));
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run()) {
            BackupProperties backup = settings.getBean(BackupProperties.class);
            DatabaseProperties database = settings.getBean(DatabaseProperties.class);
            if (!database.embedded()) {
                throw new BackupException("DATABASE_URL is set: PMS backs up and restores only its embedded database. "
                        + "Restore an external PostgreSQL with its own tools (see the README, Operations)");
            }
            return Restore.run(options, backup.dir(), database.dataDir(), backup.archiveTimeout());
        }
    }

    /** Binds the settings only. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({BackupProperties.class, DatabaseProperties.class})
    static class Settings {
    }
}
