/** Owns bulk imports of tasks: upload and durable storage of the file, parse, mapping, validation, COPY, error reports and undo. */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "project", "task", "jobs", "label", "relation"})
package dev.pms.imports;

import org.springframework.modulith.ApplicationModule;
