/**
 * Owns the embedded database's backups: continuous WAL archiving, base backups taken while PMS serves (PostgreSQL's
 * non-exclusive backup API), their checksums and retention, their age on the system page and in metrics, and the
 * point-in-time restore into a new data folder.
 */
@ApplicationModule(allowedDependencies = "platform")
package dev.pms.backup;

import org.springframework.modulith.ApplicationModule;
