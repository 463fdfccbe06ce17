/** Owns projects: the named containers of a workspace's tasks. */
package dev.pms.project;
