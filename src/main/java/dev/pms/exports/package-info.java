/** Owns exports of tasks: the task list's filters streamed to CSV or XLSX in the columns imports read back. */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "task"})
package dev.pms.exports;

import org.springframework.modulith.ApplicationModule;
