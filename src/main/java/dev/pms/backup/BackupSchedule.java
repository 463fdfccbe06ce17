package dev.pms.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Base backups on PMS_BACKUP_SCHEDULE, and a first one at start while the folder has none: WAL archived without a
 * base backup before it restores nothing. The embedded database serves one node, so no cluster-wide lock is needed
 * (the backup's own advisory lock keeps a {@code ./pms backup} from running beside it).
 */
@Component
class BackupSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    private final BackupService backups;
    private final BackupQueries queries;
    private final WalArchiving archiving;
    private final BackupProperties properties;

    BackupSchedule(BackupService backups, BackupQueries queries, WalArchiving archiving, BackupProperties properties) {
        this.backups = backups;
        this.queries = queries;
        this.archiving = archiving;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (archiving.active()) {
            registrar.addCronTask(this::takeLogged, properties.schedule());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstBackup() {
        if (archiving.active() && properties.firstOnStart() && BackupFolder.of(properties.dir()).backups().isEmpty()) {
            Thread.ofVirtual().name("pms-first-backup").start(this::takeLogged);
        }
    }

    private void takeLogged() {
        try {
            backups.take();
        } catch (RuntimeException e) {
            log.error("Scheduled base backup failed: {}", e.getMessage(), e);
        } finally {
            queries.refresh();
        }
    }
}
