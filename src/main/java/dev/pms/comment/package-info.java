/** Owns comments on tasks: Markdown bodies rendered and sanitised on the server, edits, deletions and @mentions. */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "task"})
package dev.pms.comment;

import org.springframework.modulith.ApplicationModule;
