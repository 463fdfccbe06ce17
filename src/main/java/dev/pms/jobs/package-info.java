/** Owns the durable job queue: jobs claimed with FOR UPDATE SKIP LOCKED under a heartbeat-renewed lease, run by one JobHandler per kind. */
@ApplicationModule(allowedDependencies = {"platform"})
package dev.pms.jobs;

import org.springframework.modulith.ApplicationModule;
