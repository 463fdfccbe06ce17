/** Owns saved views: a named query string of the task table, personal or shared with the workspace. */
@ApplicationModule(allowedDependencies = {"platform", "workspace"})
package dev.pms.view;

import org.springframework.modulith.ApplicationModule;
