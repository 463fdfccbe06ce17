/** Owns what operators look at: health for load balancers, the system report (connections, pool, slow statements, imports), and the seed command. */
package dev.pms.ops;
