/** Owns workspace labels (a name and a colour from a fixed palette) and which tasks carry them. */
@ApplicationModule(allowedDependencies = {"platform", "workspace", "task"})
package dev.pms.label;

import org.springframework.modulith.ApplicationModule;
