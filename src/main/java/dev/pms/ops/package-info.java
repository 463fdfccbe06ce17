/** Owns what operators look at: health for load balancers, and the seed command that fills a database for benchmarks. */
package dev.pms.ops;
