/**
 * Owns the states of each project (docs/adr/0010): ordered, named, each in one of the five task categories, one per
 * category at least; a project starts with one per category. Removing a state moves its tasks through the task module.
 */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "project", "task"})
package dev.pms.state;

import org.springframework.modulith.ApplicationModule;
