/**
 * Owns the activity history of tasks: who changed what, when, old and new (created, each field, moved, deleted,
 * commented, imported, undone), written by listeners inside the change's transaction; and the task's stream,
 * which interleaves those entries with the comments they announce.
 */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "project", "task", "comment", "imports", "relation"})
package dev.pms.activity;

import org.springframework.modulith.ApplicationModule;
