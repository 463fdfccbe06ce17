/**
 * Owns live updates: changes published with pg_notify in their transaction, one LISTEN connection per node, and the
 * Server-Sent Events streams that fan them out to the pages each person may read.
 */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "task", "comment", "notification", "relation", "state"})
package dev.pms.live;

import org.springframework.modulith.ApplicationModule;
