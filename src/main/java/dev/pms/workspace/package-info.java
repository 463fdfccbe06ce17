/**
 * Owns workspaces, their members and invites, the five roles, and the one access check every tenant request passes.
 * Its SQL joins the account module's users table for member names and emails (one query instead of a call per member).
 */
@ApplicationModule(allowedDependencies = {"platform"})
package dev.pms.workspace;

import org.springframework.modulith.ApplicationModule;
