/** Owns bulk imports of tasks: upload and durable storage of the file, parse, mapping, validation, COPY (with
 * the reporters, watchers, comments, labels, parents and links a file brings along), error reports and undo. */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "project", "task", "jobs", "label", "relation", "comment", "notification"})
package dev.pms.imports;

import org.springframework.modulith.ApplicationModule;
