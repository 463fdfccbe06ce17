/** Owns workspaces, their members and invites, the five roles, and the one access check every tenant request passes. */
package dev.pms.workspace;
