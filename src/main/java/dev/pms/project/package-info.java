/** Owns projects: the named containers of a workspace's tasks. */
@ApplicationModule(allowedDependencies = {"platform", "workspace"})
package dev.pms.project;

import org.springframework.modulith.ApplicationModule;
