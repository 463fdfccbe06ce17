/** Owns the links between tasks: "blocks" (read from its other end as "blocked by") and "relates to". */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "task"})
package dev.pms.relation;

import org.springframework.modulith.ApplicationModule;
