/**
 * Owns what operators look at: health for load balancers, the system report (connections, pool, slow statements,
 * imports), and the seed command, whose SQL COPYs into every module's tables (a benchmark tool, not a feature).
 */
@ApplicationModule(allowedDependencies = {"platform", "account", "workspace", "project", "task", "jobs", "imports"})
package dev.pms.ops;

import org.springframework.modulith.ApplicationModule;
