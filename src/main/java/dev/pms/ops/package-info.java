/**
 * Owns what operators look at: health for load balancers, the system report (connections, pool, slow statements,
 * imports, backups), and the seed command, whose SQL COPYs into every module's tables (a benchmark tool, not a feature).
 */
@ApplicationModule(allowedDependencies = {"platform", "account", "workspace", "project", "task", "jobs", "imports", "backup"})
package dev.pms.ops;

import org.springframework.modulith.ApplicationModule;
